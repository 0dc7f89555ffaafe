package org.resetlens.diagram;

/**
 * One packet of the ladder, as an adapter (model, a test) describes it.
 *
 * @param frame      Wireshark's 1-based {@code frame.number}
 * @param timeNanos  arrival time, nanoseconds since the Unix epoch
 * @param from       index of the sending endpoint in {@link LadderInput#endpoints()}
 * @param to         index of the receiving endpoint
 * @param label      the packet label: flags with relative numbers, e.g. {@code [PSH, ACK] Seq=1 Ack=1 Len=106}
 * @param kind       what it is, for the colour
 * @param appSummary the application message it starts ({@code SMB2 SESSION_SETUP Request}), or "" if none
 */
public record LadderEvent(int frame, long timeNanos, int from, int to, String label, EventKind kind,
                          String appSummary) {
    public LadderEvent {
        label = label == null ? "" : label;
        appSummary = appSummary == null ? "" : appSummary;
    }

    public boolean hasAppSummary() {
        return !appSummary.isEmpty();
    }
}
