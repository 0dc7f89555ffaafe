package org.resetlens.diagram;

/**
 * A break in the ladder: a long silence ({@code … 6.0 s …}) or rows left out of an {@code --around} window.
 *
 * @param text   the centred text, e.g. {@code … 6.0 s …} or {@code ⋯ 40 packets not shown ⋯}
 * @param textX  its left edge; baseline {@code textY}
 */
public record BreakRow(double y, double height, Kind kind, String text, double textX, double textY,
                       long silenceNanos, int omitted) implements Row {
    /** Why the break is there. */
    public enum Kind { SILENCE, OMITTED }
}
