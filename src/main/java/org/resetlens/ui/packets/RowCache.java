package org.resetlens.ui.packets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.resetlens.ui.backend.PacketRow;

/**
 * A small LRU cache of dissected rows (texts and colour) for the rows on screen, so the table never
 * holds an object per packet and scrolling re-dissects only what it shows. FX thread only.
 */
public final class RowCache {

    /** What the table shows for one frame beyond the index columns. */
    public record CachedRow(PacketRow row, String styleClass) { }

    private final int capacity;
    private final Map<Integer, CachedRow> map;
    private IntFunction<PacketRow> rows;
    private ColoringRules rules = ColoringRules.none();

    public RowCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, CachedRow> eldest) {
                return size() > RowCache.this.capacity;
            }
        };
    }

    /** Starts over with a new source of rows (a loading preview, then the loaded session). */
    public void reset(IntFunction<PacketRow> newRows, ColoringRules newRules) {
        rows = newRows;
        rules = newRules;
        map.clear();
    }

    public void clear() {
        map.clear();
    }

    public CachedRow get(int frame) {
        CachedRow r = map.get(frame);
        if (r == null) {
            if (rows == null) return new CachedRow(PacketRow.EMPTY, "");
            PacketRow row;
            try {
                row = rows.apply(frame);
            } catch (RuntimeException e) {
                row = new PacketRow("", "", "?", "[Dissector error: " + e + "]");
            }
            r = new CachedRow(row, rules.styleClass(frame));
            map.put(frame, r);
        }
        return r;
    }

    public int size() {
        return map.size();
    }
}
