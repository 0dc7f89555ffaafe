package org.resetlens.diagram;

import java.util.List;

/**
 * A boxed text beside the lanes, tied to a packet by a leader line from {@code anchor} to the box:
 * a user's note or the highlighted reset's explanation.
 *
 * @param lines first line is the title (drawn bold), then the wrapped body; baselines start at
 *              {@code box.y + PAD + size} and step by the line height
 */
public record Callout(Kind kind, int frame, Box box, List<String> lines, Point anchor, Point boxAttach) {
    /** A user note or the reset explanation. */
    public enum Kind { NOTE, EXPLANATION }

    public Callout {
        lines = List.copyOf(lines);
    }
}
