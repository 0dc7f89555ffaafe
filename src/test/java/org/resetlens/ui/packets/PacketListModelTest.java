package org.resetlens.ui.packets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;
import org.resetlens.ui.backend.PacketRow;

/** The packet list model without a window: frames backed by ints, growth while loading, sorting, times. */
class PacketListModelTest {

    /** An index of {@code n} frames, frame i at time 1000 s + i*i ms, length 60 + (i * 7 % 5). */
    private static FrameIndex index(int n) {
        FrameIndex idx = new FrameIndex(new HeapByteSource(new byte[4096]));
        for (int i = 0; i < n; i++) idx.add(0, 60, 60 + (i * 7 % 5), 1_000_000_000_000L + i * (long) i * 1_000_000L, 0);
        return idx;
    }

    private static PacketRow row(int f) {
        return new PacketRow("src" + f, "dst", f % 2 == 0 ? "TCP" : "UDP", "info " + f);
    }

    @Test
    void itemsAreFrameNumbersAndGrowInBatches() {
        FrameIndex idx = index(3);
        PacketListModel m = new PacketListModel(ZoneOffset.UTC);
        m.showIndex(idx, PacketListModelTest::row);
        assertEquals(List.of(0, 1, 2), new ArrayList<>(m.items()));
        List<Integer> added = new ArrayList<>();
        m.items().addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) if (c.wasAdded()) added.add(c.getAddedSize());
        });
        for (int i = 0; i < 5; i++) idx.add(0, 60, 60, 2_000_000_000_000L, 0);
        m.refreshGrowth();
        assertEquals(8, m.items().size());
        assertEquals(List.of(5), added, "one change event for the whole batch");
        assertEquals("src7", m.text(7, Column.SOURCE));
        assertEquals("8", m.text(7, Column.NO));
    }

    @Test
    void showOnlyDisplaysTheGivenFramesAndSinceDisplayedUsesThem() {
        PacketListModel m = new PacketListModel(ZoneOffset.UTC);
        m.showIndex(index(6), PacketListModelTest::row);
        m.showOnly(new int[] {1, 3, 5}, 3);
        assertEquals(3, m.displayedCount());
        assertEquals(6, m.totalCount());
        assertEquals(3, m.items().rowOf(5) + 1);
        assertEquals(-1, m.items().rowOf(2));
        m.timeFormatProperty().set(TimeFormat.SINCE_PREVIOUS_DISPLAYED);
        // frame 5 at 25 ms, previous displayed frame 3 at 9 ms
        assertEquals("0.016000", m.text(5, Column.TIME));
        assertEquals("0.000000", m.text(1, Column.TIME));
        m.timeFormatProperty().set(TimeFormat.SINCE_BEGINNING);
        assertEquals("0.025000", m.text(5, Column.TIME));
    }

    @Test
    void sortsByColumnAndBackToFrameOrder() {
        PacketListModel m = new PacketListModel(ZoneOffset.UTC);
        m.showIndex(index(5), PacketListModelTest::row);
        // lengths: 60, 62, 64, 61, 63
        m.sort(Column.LENGTH, true);
        assertArrayEquals(new int[] {0, 3, 1, 4, 2}, m.items().frameArray());
        m.sort(Column.NO, false);
        assertArrayEquals(new int[] {4, 3, 2, 1, 0}, m.items().frameArray());
        m.sort(Column.PROTOCOL, true);
        assertArrayEquals(new int[] {0, 2, 4, 1, 3}, m.items().frameArray());
        m.sort(null, true);
        assertTrue(m.items().isIdentity());
        assertEquals(5, m.items().size());
    }

    @Test
    void absoluteAndEpochTimes() {
        long t = 1_704_164_645_123_456_789L; // 2024-01-02T03:04:05.123456789Z
        assertEquals("2024-01-02 03:04:05.123456", TimeFormat.UTC_DATE_TIME.format(t, 0, 0, ZoneOffset.UTC));
        assertEquals("2024-01-02 05:04:05.123456", TimeFormat.ABSOLUTE_DATE_TIME.format(t, 0, 0, ZoneOffset.ofHours(2)));
        assertEquals("1704164645.123456789", TimeFormat.EPOCH.format(t, 0, 0, ZoneOffset.UTC));
        assertEquals("1.500000", TimeFormat.SINCE_BEGINNING.format(2_500_000_000L, 1_000_000_000L, 0, ZoneOffset.UTC));
    }

    @Test
    void rowCacheKeepsOnlyRecentRows() {
        RowCache cache = new RowCache(4);
        int[] calls = {0};
        cache.reset(f -> {
            calls[0]++;
            return row(f);
        }, ColoringRules.none());
        for (int i = 0; i < 10; i++) cache.get(i);
        assertEquals(4, cache.size());
        cache.get(9);
        assertEquals(10, calls[0], "a cached row is not dissected again");
        cache.get(0);
        assertEquals(11, calls[0], "an evicted row is dissected again");
    }
}
