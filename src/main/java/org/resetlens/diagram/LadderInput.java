package org.resetlens.diagram;

import java.util.List;

/**
 * Everything a ladder shows, independent of where it came from: the endpoints (one lane each), the
 * packets in time order, the notes, and optionally the reset whose trace-back is drawn.
 *
 * @param title       a heading (e.g. {@code tcp.stream 0: 10.64.1.2:46736 → 10.64.2.2:445}), or ""
 * @param originNanos the zero of relative times (capture start), or {@link Long#MIN_VALUE} to use the first event
 * @param reset       the highlighted reset, or null
 */
public record LadderInput(String title, List<Endpoint> endpoints, List<LadderEvent> events,
                          List<Annotation> annotations, ResetTrace reset, long originNanos) {
    public LadderInput {
        title = title == null ? "" : title;
        endpoints = List.copyOf(endpoints);
        events = List.copyOf(events);
        annotations = List.copyOf(annotations);
    }

    /** The same ladder with other notes. */
    public LadderInput withAnnotations(List<Annotation> notes) {
        return new LadderInput(title, endpoints, events, notes, reset, originNanos);
    }

    /** The same ladder with another highlighted reset (or none). */
    public LadderInput withReset(ResetTrace trace) {
        return new LadderInput(title, endpoints, events, annotations, trace, originNanos);
    }

    /** Index of the event for {@code frame}, or -1. Events are in frame order, so this is a binary search. */
    public int indexOfFrame(int frame) {
        int lo = 0, hi = events.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int f = events.get(mid).frame();
            if (f < frame) lo = mid + 1;
            else if (f > frame) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
