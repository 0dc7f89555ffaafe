package org.resetlens.ui.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;

/** Packets per second and reset markers of the I/O graph, on hand-placed frame times. */
class IoGraphModelTest {
    private static final long S = 1_000_000_000L;

    private static FrameIndex frames(long... times) {
        FrameIndex index = new FrameIndex(new HeapByteSource(new byte[0]));
        for (long t : times) index.add(0, 0, 60, t, 0);
        return index;
    }

    @Test
    void countsPacketsPerSecondAndPlacesResets() {
        long base = 1_700_000_000L * S;
        FrameIndex f = frames(base, base + S / 2, base + 2 * S + 200, base + 2 * S + 900_000_000L, base + 3 * S);
        IoGraphModel m = new IoGraphModel(f, 5, new int[] {3, 1});
        assertEquals(S, m.intervalNanos());
        assertArrayEquals(new long[] {2, 0, 2, 1}, m.counts());
        assertEquals(2, m.maxCount());
        assertEquals(List.of(new IoGraphModel.Marker(1, S / 2), new IoGraphModel.Marker(3, 2 * S + 900_000_000L)),
                m.markers());
        assertEquals(3, m.markerAt(2 * S + 850_000_000L, 100_000_000L));
        assertEquals(1, m.markerAt(S / 2, 0));
        assertEquals(-1, m.markerAt(S + S / 2, 100_000_000L));
    }

    @Test
    void longCapturesUseWiderBinsAndEarlierTimestampsFallInTheFirst() {
        FrameIndex f = frames(5_000 * S, 5_000 * S - 10, 5_000 * S + 1_234 * S);
        IoGraphModel m = new IoGraphModel(f, 3, new int[0]);
        assertEquals(10 * S, m.intervalNanos());
        assertEquals(124, m.counts().length);
        assertEquals(2, m.counts()[0]);
        assertEquals(1, m.counts()[123]);
    }
}
