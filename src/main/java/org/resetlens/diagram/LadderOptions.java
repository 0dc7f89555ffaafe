package org.resetlens.diagram;

/**
 * How to lay a ladder out.
 *
 * @param perMessage         one row per application message (plus SYN/FIN/RST and highlighted frames)
 *                           instead of one per packet
 * @param timeFormat         the time column
 * @param aroundFrame        show only rows around this frame (0 = all rows); the trace-back frames are kept
 * @param aroundRadius       rows before and after {@code aroundFrame}
 * @param silenceSeconds     a gap is a silence when longer than this …
 * @param silenceMedianRatio … and longer than this many times the median gap between rows
 */
public record LadderOptions(boolean perMessage, TimeFormat timeFormat, int aroundFrame, int aroundRadius,
                            double silenceSeconds, double silenceMedianRatio) {

    public static LadderOptions defaults() {
        return new LadderOptions(false, TimeFormat.RELATIVE, 0, 12, 1.0, 10.0);
    }

    public LadderOptions withPerMessage(boolean v) {
        return new LadderOptions(v, timeFormat, aroundFrame, aroundRadius, silenceSeconds, silenceMedianRatio);
    }

    public LadderOptions withTimeFormat(TimeFormat v) {
        return new LadderOptions(perMessage, v, aroundFrame, aroundRadius, silenceSeconds, silenceMedianRatio);
    }

    public LadderOptions around(int frame, int radius) {
        return new LadderOptions(perMessage, timeFormat, frame, radius, silenceSeconds, silenceMedianRatio);
    }
}
