package org.resetlens.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fixed-decimal durations print exactly what the JDK's Formatter prints for the same double. */
class TimestampsTest {
    private static final long[] EDGES = {0, 1, 499, 500, 501, 999, 1_000, 1_499_999, 1_500_000, 2_500_000, 999_499_999,
        999_500_000, 999_999_999, 1_000_000_000, 1_000_050_000, 1_049_999_999, 1_050_000_000, 59_950_000_000L,
        86_400_000_000_000L, -1, -500_000, -1_500_000, -2_000_000_000L};

    @Test
    void secondsMatchFormatterOnEdges() {
        for (long n : EDGES) {
            for (int d = 0; d <= 9; d++) {
                assertEquals(String.format(Locale.ROOT, "%." + d + "f", n / 1e9), Timestamps.seconds(n, d), n + " ns, " + d);
            }
        }
    }

    @Test
    void millisMatchFormatterOnEdges() {
        for (long n : EDGES) {
            for (int d = 0; d <= 6; d++) {
                assertEquals(String.format(Locale.ROOT, "%." + d + "f", n / 1e6), Timestamps.millis(n, d), n + " ns, " + d);
            }
        }
    }

    @Test
    void secondsAndMillisMatchFormatterOnRandomDurations() {
        SplittableRandom random = new SplittableRandom(20261122);
        for (int i = 0; i < 200_000; i++) {
            // up to ~3 hours, and a fair share on the rounding boundaries
            long n = random.nextLong(10_000_000_000_000L);
            if (i % 3 == 0) n = n / 500_000 * 500_000;
            if (i % 7 == 0) n = n / 50_000_000 * 50_000_000;
            assertEquals(String.format(Locale.ROOT, "%.3f", n / 1e9), Timestamps.seconds(n, 3), n + " ns");
            assertEquals(String.format(Locale.ROOT, "%.1f", n / 1e9), Timestamps.seconds(n, 1), n + " ns");
            assertEquals(String.format(Locale.ROOT, "%.1f", n / 1e6), Timestamps.millis(n, 1), n + " ns");
            assertEquals(String.format(Locale.ROOT, "%.3f", n / 1e6), Timestamps.millis(n, 3), n + " ns");
        }
    }

    @Test
    void seconds9KeepsNineDecimals() {
        assertEquals("1.000000005", Timestamps.seconds9(1_000_000_005L));
        assertEquals("-0.500000000", Timestamps.seconds9(-500_000_000L));
    }
}
