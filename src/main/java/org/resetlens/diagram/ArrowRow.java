package org.resetlens.diagram;

/**
 * A packet or application message: an arrow from one lane to another with its texts.
 *
 * @param eventIndex index into {@link LadderInput#events()}
 * @param arrowY     the arrow's y; the arrow runs from {@code x1} (sender) to {@code x2} (receiver)
 * @param label      the main text, centred above the arrow at {@code labelX} (its left edge), baseline {@code labelY}
 * @param subLabel   a smaller text under the arrow at {@code subLabelX}, baseline {@code subLabelY}, or ""
 * @param timeText   the time column text; {@code frameText} the frame number column text
 * @param band       the row's background role (reset, trigger, chain) or null
 * @param tag        a short marker right of the lanes ({@code RST}, {@code trigger}) in role {@code tagRole}, or ""
 */
public record ArrowRow(int eventIndex, int frame, double y, double height, int fromLane, int toLane,
                       double x1, double x2, double arrowY, StyleRole role,
                       String label, double labelX, double labelY, String subLabel, double subLabelX, double subLabelY,
                       String frameText, String timeText, StyleRole band, String tag, StyleRole tagRole)
        implements Row {

    public boolean isReset() {
        return role == StyleRole.ARROW_RST;
    }
}
