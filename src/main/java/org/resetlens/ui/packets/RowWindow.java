package org.resetlens.ui.packets;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * The rows the packet table holds: a window of at most {@link #CAPACITY} consecutive rows of the
 * full display list ({@link FrameList}), starting at {@link #base()}. JavaFX 21's VirtualFlow walks
 * every row above the viewport on each layout (its size estimate), so a table over a million rows
 * spends tens of milliseconds per frame deep in a capture; over a window it stays under one. The
 * table moves the window as it scrolls ({@link PacketTableView}). FX thread only.
 */
public final class RowWindow extends ObservableListBase<Integer> {
    /** Rows held at once. */
    public static final int CAPACITY = 10_000;
    private final FrameList rows;
    private int base;
    private int size;

    public RowWindow(FrameList rows) {
        this.rows = rows;
        this.size = Math.min(CAPACITY, rows.size());
        rows.addListener((ListChangeListener<Integer>) this::fullListChanged);
    }

    /**
     * Rows appended to the full list while a capture loads only extend a window that reaches its
     * end (no replace, so the table keeps its scroll position and selection); anything else
     * replaces the window's rows.
     */
    private void fullListChanged(ListChangeListener.Change<? extends Integer> c) {
        boolean appendOnly = true;
        int oldTotal = rows.size();
        while (c.next()) {
            if (c.wasRemoved() || c.wasPermutated() || c.wasUpdated() || !c.wasAdded()) appendOnly = false;
            else oldTotal = Math.min(oldTotal, c.getFrom());
        }
        if (!appendOnly || oldTotal < base + size) {
            moveTo(base);
            return;
        }
        int newSize = Math.min(CAPACITY, rows.size() - base);
        if (base + size == oldTotal && newSize > size) {
            int from = size;
            beginChange();
            size = newSize;
            nextAdd(from, newSize);
            endChange();
        }
    }

    /** The full-list row of this window's first row. */
    public int base() {
        return base;
    }

    /** True when the full list is longer than one window (the table then shows its own scroll bar). */
    public boolean windowed() {
        return rows.size() > CAPACITY;
    }

    /** Rows in the full list. */
    public int total() {
        return rows.size();
    }

    /** The full list's row {@code row} as a row of this window, or -1 when outside it. */
    public int local(int row) {
        return row >= base && row < base + size ? row - base : -1;
    }

    /**
     * Makes the window start at full-list row {@code newBase} (clamped) and hold as many rows as
     * fit; tells the table its rows were replaced, even when the range is the same (the full list changed).
     */
    public void moveTo(int newBase) {
        int total = rows.size();
        int newSize = Math.min(CAPACITY, total);
        int b = Math.max(0, Math.min(newBase, total - newSize));
        int old = size;
        beginChange();
        if (old > 0) nextRemove(0, FrameList.placeholder(old));
        base = b;
        size = newSize;
        if (newSize > 0) nextAdd(0, newSize);
        endChange();
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return rows.frameAt(base + index);
    }

    @Override
    public int size() {
        return size;
    }
}
