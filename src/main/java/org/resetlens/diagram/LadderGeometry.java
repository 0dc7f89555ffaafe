package org.resetlens.diagram;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A laid-out ladder: everything every renderer draws, with coordinates. Rows all have the same
 * height, so the rows in a vertical range are found by arithmetic (virtual scrolling).
 * The header (title, lane headers, column headings) spans {@code [0, rowsTop)}.
 */
public final class LadderGeometry {
    private final String title;
    private final double width, height, rowsTop, rowHeight;
    private final Columns columns;
    private final List<Lane> lanes;
    private final List<Row> rows;
    private final List<Callout> callouts;
    private final Connector trace;
    private final Map<Integer, Integer> rowOfFrame = new HashMap<>();

    /**
     * Where the left columns and the row bands are.
     *
     * @param frameRight right edge of the frame-number column; {@code timeX} left edge of the time column
     * @param bandLeft   left edge of row bands; {@code bandRight} their right edge; {@code tagX} where tags go
     */
    public record Columns(double frameRight, double timeX, String timeHeading, double bandLeft, double bandRight,
                          double tagX) { }

    public LadderGeometry(String title, double width, double height, double rowsTop, double rowHeight,
                          Columns columns, List<Lane> lanes, List<Row> rows, List<Callout> callouts,
                          Connector trace) {
        this.title = title;
        this.width = width;
        this.height = height;
        this.rowsTop = rowsTop;
        this.rowHeight = rowHeight;
        this.columns = columns;
        this.lanes = List.copyOf(lanes);
        this.rows = List.copyOf(rows);
        this.callouts = List.copyOf(callouts);
        this.trace = trace;
        for (int i = 0; i < this.rows.size(); i++) {
            if (this.rows.get(i) instanceof ArrowRow a) rowOfFrame.putIfAbsent(a.frame(), i);
        }
    }

    public String title() {
        return title;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double rowsTop() {
        return rowsTop;
    }

    public double rowHeight() {
        return rowHeight;
    }

    public Columns columns() {
        return columns;
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Callout> callouts() {
        return callouts;
    }

    /** The highlighted reset's trace-back connector, or null. */
    public Connector trace() {
        return trace;
    }

    /** The arrow rows only, in order. */
    public List<ArrowRow> arrows() {
        return rows.stream().filter(r -> r instanceof ArrowRow).map(r -> (ArrowRow) r).toList();
    }

    /** Index of the row holding {@code frame}, or -1 when the frame is not shown. */
    public int rowOfFrame(int frame) {
        return rowOfFrame.getOrDefault(frame, -1);
    }

    /** The row index at {@code y}, clamped to the rows (-1 when there are none). */
    public int rowIndexAt(double y) {
        if (rows.isEmpty()) return -1;
        int i = (int) Math.floor((y - rowsTop) / rowHeight);
        return Math.max(0, Math.min(rows.size() - 1, i));
    }

    /** The frame under a point: a callout's packet, or the packet of the row there; -1 for none. */
    public int frameAt(double x, double y) {
        for (Callout c : callouts) {
            if (c.box().contains(x, y)) return c.frame();
        }
        if (y < rowsTop || rows.isEmpty() || y >= rowsTop + rows.size() * rowHeight) return -1;
        if (x < columns.frameRight() - 60 || x > columns.bandRight()) return -1;
        return rows.get(rowIndexAt(y)) instanceof ArrowRow a ? a.frame() : -1;
    }

    /** The next (or, with {@code step} negative, previous) shown frame after {@code frame}; itself at the ends. */
    public int neighbourFrame(int frame, int step) {
        int i = rowOfFrame(frame);
        if (i < 0) {
            for (Row r : rows) {
                if (r instanceof ArrowRow a) return a.frame();
            }
            return -1;
        }
        int dir = step < 0 ? -1 : 1;
        for (int j = i + dir; j >= 0 && j < rows.size(); j += dir) {
            if (rows.get(j) instanceof ArrowRow a) return a.frame();
        }
        return frame;
    }
}
