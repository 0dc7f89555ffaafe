package org.resetlens.ui.packets;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.resetlens.capture.FrameIndex;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.PacketRow;

/**
 * The packet list without a window: which frames are displayed in which order, and the text of
 * every cell, computed on demand from the index and a small row cache.
 */
public final class PacketListModel {
    private final FrameList items = new FrameList();
    private final RowCache cache = new RowCache(2048);
    private final ObjectProperty<TimeFormat> timeFormat = new SimpleObjectProperty<>(TimeFormat.SINCE_BEGINNING);
    private final ZoneId zone;
    private FrameIndex index;
    private CaptureSession session;
    /** The displayed frames in frame order (for "since previous displayed"); null = all. */
    private int[] displayedSorted;
    private int displayedCount;

    public PacketListModel(ZoneId zone) {
        this.zone = zone;
    }

    public FrameList items() {
        return items;
    }

    public ObjectProperty<TimeFormat> timeFormatProperty() {
        return timeFormat;
    }

    public RowCache cache() {
        return cache;
    }

    /** Starts showing a new index while it loads: all frames so far, texts from {@code previewRows}. */
    public void showIndex(FrameIndex newIndex, IntFunction<PacketRow> previewRows) {
        index = newIndex;
        session = null;
        cache.reset(previewRows, ColoringRules.none());
        displayedSorted = null;
        items.showAll(newIndex.size());
    }

    /** The index grew while loading: show the new frames (all-frames mode only). */
    public void refreshGrowth() {
        if (index != null && items.isIdentity()) items.grow(index.size());
    }

    /** Loading finished: rows now come from the session (texts and colours may change). */
    public void attach(CaptureSession newSession, ColoringRules rules) {
        session = newSession;
        index = newSession.frames();
        cache.reset(newSession::row, rules);
        if (items.isIdentity()) items.showAll(index.size());
    }

    public CaptureSession session() {
        return session;
    }

    public FrameIndex index() {
        return index;
    }

    public void showAll() {
        displayedSorted = null;
        items.showAll(index == null ? 0 : index.size());
    }

    /** Displays exactly {@code frames} (ascending), e.g. the result of a display filter. */
    public void showOnly(int[] frames, int count) {
        displayedSorted = frames;
        displayedCount = count;
        items.show(frames, count);
    }

    public int displayedCount() {
        return items.size();
    }

    public int totalCount() {
        return index == null ? 0 : index.size();
    }

    /** The text of one cell. */
    public String text(int frame, Column column) {
        return switch (column) {
            case NO -> Integer.toString(frame + 1);
            case TIME -> time(frame);
            case LENGTH -> Integer.toString(index.originalLength(frame));
            case SOURCE -> cache.get(frame).row().source();
            case DESTINATION -> cache.get(frame).row().destination();
            case PROTOCOL -> cache.get(frame).row().protocol();
            case INFO -> cache.get(frame).row().info();
        };
    }

    /** The coloring-rule style class of a frame, or "". */
    public String styleClass(int frame) {
        return session == null ? "" : cache.get(frame).styleClass();
    }

    private String time(int frame) {
        long t = index.timeNanos(frame);
        long first = index.size() > 0 ? index.timeNanos(0) : t;
        return timeFormat.get().format(t, first, index.timeNanos(previousDisplayed(frame)), zone);
    }

    /** The displayed frame before {@code frame} in frame order, or {@code frame} itself when none. */
    int previousDisplayed(int frame) {
        if (displayedSorted == null) return frame > 0 ? frame - 1 : frame;
        int pos = Arrays.binarySearch(displayedSorted, 0, displayedCount, frame);
        int before = pos >= 0 ? pos - 1 : -pos - 2;
        return before >= 0 ? displayedSorted[before] : frame;
    }

    /** Reorders the displayed rows by a column; {@code null} restores frame order. */
    public void sort(Column column, boolean ascending) {
        if (column == null) {
            if (displayedSorted == null) items.showAll(index == null ? 0 : index.size());
            else items.show(displayedSorted, displayedCount);
            return;
        }
        int[] frames = items.frameArray();
        Integer[] boxed = new Integer[frames.length];
        for (int i = 0; i < frames.length; i++) boxed[i] = frames[i];
        Comparator<Integer> cmp = comparator(column);
        Arrays.sort(boxed, ascending ? cmp : cmp.reversed());
        for (int i = 0; i < frames.length; i++) frames[i] = boxed[i];
        items.show(frames, frames.length);
    }

    private Comparator<Integer> comparator(Column column) {
        Comparator<Integer> byFrame = Comparator.naturalOrder();
        return switch (column) {
            case NO -> byFrame;
            case TIME -> Comparator.<Integer>comparingLong(f -> index.timeNanos(f)).thenComparing(byFrame);
            case LENGTH -> Comparator.<Integer>comparingInt(f -> index.originalLength(f)).thenComparing(byFrame);
            default -> Comparator.<Integer, String>comparing(f -> text(f, column)).thenComparing(byFrame);
        };
    }
}
