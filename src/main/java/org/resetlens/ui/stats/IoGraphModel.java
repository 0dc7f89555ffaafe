package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.FrameIndex;

/**
 * The I/O graph without a canvas: packets per interval since the first frame, and the resets as
 * markers on the same time axis. Times are nanoseconds relative to the first frame.
 */
public final class IoGraphModel {
    /** A reset on the time axis: its frame (0-based) and time since the first frame. */
    public record Marker(int frame, long timeNanos) { }

    private static final long SECOND = 1_000_000_000L;
    private static final int MAX_BINS = 600;

    private final long intervalNanos;
    private final long[] counts;
    private final List<Marker> markers;
    private final long spanNanos;

    /** @param resetFrames the resets (0-based frames), in any order */
    public IoGraphModel(FrameIndex frames, int frameCount, int[] resetFrames) {
        long first = frameCount == 0 ? 0 : frames.timeNanos(0);
        long min = 0, max = 0;
        for (int f = 0; f < frameCount; f++) {
            long t = frames.timeNanos(f) - first;
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        // Out-of-order timestamps before the first frame are clamped into the first bin.
        spanNanos = max;
        long interval = SECOND;
        while (max / interval + 1 > MAX_BINS) interval *= 10;
        intervalNanos = interval;
        counts = new long[(int) (max / interval) + 1];
        for (int f = 0; f < frameCount; f++) {
            long t = Math.max(0, frames.timeNanos(f) - first);
            counts[(int) (t / interval)]++;
        }
        List<Marker> m = new ArrayList<>();
        for (int f : resetFrames) {
            if (f >= 0 && f < frameCount) m.add(new Marker(f, Math.max(0, frames.timeNanos(f) - first)));
        }
        m.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        markers = List.copyOf(m);
    }

    /** The width of one bin: 1 s, or a power of ten above it so there are at most 600 bins. */
    public long intervalNanos() {
        return intervalNanos;
    }

    /** Packets per bin; bin i covers [i, i+1) intervals after the first frame. */
    public long[] counts() {
        return counts.clone();
    }

    public long maxCount() {
        long m = 0;
        for (long c : counts) m = Math.max(m, c);
        return m;
    }

    /** Time of the last frame since the first. */
    public long spanNanos() {
        return spanNanos;
    }

    /** The time axis length the graph draws: all bins. */
    public long axisNanos() {
        return counts.length * intervalNanos;
    }

    public List<Marker> markers() {
        return markers;
    }

    /** The frame of the marker nearest to {@code timeNanos} within {@code toleranceNanos}, or -1. */
    public int markerAt(long timeNanos, long toleranceNanos) {
        int best = -1;
        long bestDist = Long.MAX_VALUE;
        for (Marker m : markers) {
            long d = Math.abs(m.timeNanos() - timeNanos);
            if (d <= toleranceNanos && d < bestDist) {
                best = m.frame();
                bestDist = d;
            }
        }
        return best;
    }
}
