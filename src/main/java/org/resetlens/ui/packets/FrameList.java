package org.resetlens.ui.packets;

import java.util.Arrays;
import javafx.collections.ObservableListBase;

/**
 * The packet table's items: 0-based frame numbers backed by an {@code int[]} (or, for "all
 * frames", by a count alone), boxed lazily on {@link #get}. Never one object per packet.
 * Read-only to the table; changed by {@link #showAll} / {@link #show} / {@link #grow}, FX thread only.
 */
public final class FrameList extends ObservableListBase<Integer> {
    private int[] frames;   // null: identity (row i is frame i)
    private int size;

    /** Shows frames {@code 0..count-1} in order. */
    public void showAll(int count) {
        replace(null, count);
    }

    /** Shows the given frames in the given order (the array is not copied; do not change it). */
    public void show(int[] list, int count) {
        replace(list, count);
    }

    /** In identity mode, extends the list to {@code count} frames (the capture grew while loading). */
    public void grow(int count) {
        if (frames != null || count <= size) return;
        int from = size;
        beginChange();
        size = count;
        nextAdd(from, count);
        endChange();
    }

    private void replace(int[] list, int count) {
        int old = size;
        beginChange();
        if (old > 0) nextRemove(0, placeholder(old));
        frames = list;
        size = count;
        if (count > 0) nextAdd(0, count);
        endChange();
    }

    /** {@code n} removed rows for a change event: the table only needs their count. */
    static java.util.List<Integer> placeholder(int n) {
        // The table only needs the count of removed rows; avoid materialising them.
        return new java.util.AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    public boolean isIdentity() {
        return frames == null;
    }

    @Override
    public Integer get(int index) {
        return frameAt(index);
    }

    /** The frame shown in row {@code index}, unboxed. */
    public int frameAt(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return frames == null ? index : frames[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** The row showing {@code frame}, or -1 when it is not displayed. */
    public int rowOf(int frame) {
        if (frames == null) return frame >= 0 && frame < size ? frame : -1;
        for (int i = 0; i < size; i++) {
            if (frames[i] == frame) return i;
        }
        return -1;
    }

    /** The displayed frames in display order, as a fresh array. */
    public int[] frameArray() {
        int[] out = new int[size];
        for (int i = 0; i < size; i++) out[i] = frameAt(i);
        return out;
    }

    /** The displayed frames in ascending frame order, as a fresh array. */
    public int[] sortedFrames() {
        int[] out = frameArray();
        if (frames != null) Arrays.sort(out);
        return out;
    }
}
