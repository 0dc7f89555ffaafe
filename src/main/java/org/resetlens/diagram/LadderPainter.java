package org.resetlens.diagram;

import java.util.List;

/**
 * Draws {@link LadderGeometry} on a {@link Surface}: the one drawing routine behind the screen and
 * every image export, so they cannot disagree. Only rows inside the asked-for range are drawn.
 */
public final class LadderPainter {
    private LadderPainter() { }

    /** The whole diagram, for a file: background, body, header. */
    public static void paintAll(Surface s, LadderGeometry g, Palette p) {
        s.fillRect(0, 0, g.width(), g.height(), p.rgb(StyleRole.BACKGROUND));
        paintBody(s, g, p, 0, g.height(), -1);
        paintHeader(s, g, p);
    }

    /** Title, lane headers and column headings over {@code [0, rowsTop)}, painting its own background. */
    public static void paintHeader(Surface s, LadderGeometry g, Palette p) {
        s.fillRect(0, 0, g.width(), g.rowsTop(), p.rgb(StyleRole.BACKGROUND));
        if (!g.title().isEmpty()) {
            s.text(g.title(), LadderLayout.MARGIN, 22, Metrics.TITLE, true, p.rgb(StyleRole.TITLE));
        }
        for (Lane lane : g.lanes()) {
            Box b = lane.header();
            s.fillRect(b.x(), b.y(), b.w(), b.h(), p.rgb(StyleRole.HEADER_FILL));
            s.strokeRect(b.x(), b.y(), b.w(), b.h(), p.rgb(StyleRole.HEADER_BORDER), 1);
            String label = Metrics.fit(lane.label(), Metrics.LABEL, b.w() - 8);
            s.text(label, lane.x() - Metrics.width(label, Metrics.LABEL) / 2, b.y() + 17, Metrics.LABEL, true,
                    p.rgb(StyleRole.TEXT));
            String role = Metrics.fit(lane.role(), Metrics.SMALL, b.w() - 8);
            s.text(role, lane.x() - Metrics.width(role, Metrics.SMALL) / 2, b.y() + 32, Metrics.SMALL, false,
                    p.rgb(StyleRole.TEXT_MUTED));
        }
        LadderGeometry.Columns c = g.columns();
        double base = g.rowsTop() - 8;
        s.text("No.", c.frameRight() - Metrics.width("No.", Metrics.SMALL), base, Metrics.SMALL, true,
                p.rgb(StyleRole.TEXT_MUTED));
        s.text(c.timeHeading(), c.timeX(), base, Metrics.SMALL, true, p.rgb(StyleRole.TEXT_MUTED));
        s.line(c.bandLeft(), g.rowsTop() - 2, c.bandRight(), g.rowsTop() - 2, p.rgb(StyleRole.HEADER_BORDER), 1, false);
    }

    /** The rows, trace-back and callouts that overlap {@code [top, bottom)}; {@code selectedFrame} is banded. */
    public static void paintBody(Surface s, LadderGeometry g, Palette p, double top, double bottom, int selectedFrame) {
        List<Row> rows = g.rows();
        if (!rows.isEmpty() && bottom > g.rowsTop()) {
            int first = g.rowIndexAt(top), last = g.rowIndexAt(bottom);
            for (int i = first; i <= last; i++) {
                Row r = rows.get(i);
                if (r instanceof ArrowRow a) arrowRow(s, g, p, a, a.frame() == selectedFrame);
                else if (r instanceof BreakRow b) breakRow(s, g, p, b);
            }
        }
        Connector t = g.trace();
        if (t != null) connector(s, p, t, top, bottom);
        for (Callout c : g.callouts()) {
            double lo = Math.min(c.box().y(), c.anchor().y()), hi = Math.max(c.box().bottom(), c.anchor().y());
            if (hi >= top && lo <= bottom) callout(s, p, c);
        }
    }

    private static void arrowRow(Surface s, LadderGeometry g, Palette p, ArrowRow a, boolean selected) {
        LadderGeometry.Columns c = g.columns();
        StyleRole band = selected ? StyleRole.BAND_SELECTED : a.band();
        if (band != null) s.fillRect(c.bandLeft(), a.y() + 1, c.bandRight() - c.bandLeft(), a.height() - 2, p.rgb(band));
        for (Lane lane : g.lanes()) {
            s.line(lane.x(), a.y(), lane.x(), a.y() + a.height(), p.rgb(StyleRole.LANE), 1, false);
        }
        double textY = a.arrowY() + 4;
        s.text(a.frameText(), c.frameRight() - Metrics.width(a.frameText(), Metrics.SMALL), textY, Metrics.SMALL, false,
                p.rgb(StyleRole.TEXT_MUTED));
        s.text(a.timeText(), c.timeX(), textY, Metrics.SMALL, false, p.rgb(StyleRole.TEXT_MUTED));
        int colour = p.rgb(a.role());
        boolean rst = a.role() == StyleRole.ARROW_RST;
        double w = rst ? 2.4 : a.role() == StyleRole.ARROW_ACK ? 1.0 : 1.5;
        double dir = Math.signum(a.x2() - a.x1());
        if (dir == 0) dir = 1;
        s.line(a.x1(), a.arrowY(), a.x2() - dir * 8, a.arrowY(), colour, w,
                a.role() == StyleRole.ARROW_RETRANSMISSION);
        double head = rst ? 12 : 9, half = rst ? 6 : 4.5;
        s.fillPolygon(new double[] {a.x2(), a.x2() - dir * head, a.x2() - dir * head},
                new double[] {a.arrowY(), a.arrowY() - half, a.arrowY() + half}, colour);
        if (rst) {
            double cx = a.x2() - dir * (head + 8), cy = a.arrowY();
            s.line(cx - 4, cy - 4, cx + 4, cy + 4, colour, 2, false);
            s.line(cx - 4, cy + 4, cx + 4, cy - 4, colour, 2, false);
        }
        s.text(a.label(), a.labelX(), a.labelY(), Metrics.LABEL, rst || a.band() == StyleRole.BAND_TRIGGER,
                rst ? colour : p.rgb(StyleRole.TEXT));
        if (!a.subLabel().isEmpty()) {
            s.text(a.subLabel(), a.subLabelX(), a.subLabelY(), Metrics.SMALL, false, p.rgb(StyleRole.TEXT_MUTED));
        }
        if (!a.tag().isEmpty()) s.text(a.tag(), c.tagX(), textY, Metrics.SMALL, true, p.rgb(a.tagRole()));
    }

    private static void breakRow(Surface s, LadderGeometry g, Palette p, BreakRow b) {
        int lane = p.rgb(StyleRole.LANE), colour = p.rgb(StyleRole.BREAK);
        double gapTop = b.y() + b.height() * 0.28, gapBottom = b.y() + b.height() * 0.72;
        for (Lane l : g.lanes()) {
            s.line(l.x(), b.y(), l.x(), gapTop, lane, 1, false);
            s.line(l.x(), gapBottom, l.x(), b.y() + b.height(), lane, 1, false);
            s.line(l.x() - 6, gapTop + 2, l.x() + 6, gapTop - 2, colour, 1.2, false);
            s.line(l.x() - 6, gapBottom + 2, l.x() + 6, gapBottom - 2, colour, 1.2, false);
        }
        double w = Metrics.width(b.text(), Metrics.LABEL);
        s.fillRect(b.textX() - 6, b.textY() - 13, w + 12, 18, p.rgb(StyleRole.BACKGROUND));
        s.text(b.text(), b.textX(), b.textY(), Metrics.LABEL, b.kind() == BreakRow.Kind.SILENCE, colour);
    }

    private static void connector(Surface s, Palette p, Connector t, double top, double bottom) {
        List<Point> path = t.path();
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (Point q : path) {
            lo = Math.min(lo, q.y());
            hi = Math.max(hi, q.y());
        }
        if (hi < top || lo > bottom) return;
        int colour = p.rgb(StyleRole.TRACE);
        for (int i = 1; i < path.size(); i++) {
            Point a = path.get(i - 1), b = path.get(i);
            double ex = b.x(), ey = b.y();
            if (i == path.size() - 1) ex -= Math.signum(b.x() - a.x()) * 8;
            s.line(a.x(), a.y(), ex, ey, colour, 2, false);
        }
        Point end = path.get(path.size() - 1), prev = path.get(path.size() - 2);
        double dir = Math.signum(end.x() - prev.x());
        if (dir == 0) dir = 1;
        s.fillPolygon(new double[] {end.x(), end.x() - dir * 10, end.x() - dir * 10},
                new double[] {end.y(), end.y() - 5, end.y() + 5}, colour);
        for (Point m : t.markers()) s.fillCircle(m.x(), m.y(), 3.5, colour);
        s.fillCircle(path.get(0).x(), path.get(0).y(), 3.5, colour);
    }

    private static void callout(Surface s, Palette p, Callout c) {
        boolean note = c.kind() == Callout.Kind.NOTE;
        int fill = p.rgb(note ? StyleRole.NOTE_FILL : StyleRole.EXPLANATION_FILL);
        int border = p.rgb(note ? StyleRole.NOTE_BORDER : StyleRole.EXPLANATION_BORDER);
        s.line(c.anchor().x(), c.anchor().y(), c.boxAttach().x(), c.boxAttach().y(), border, 1, true);
        s.fillCircle(c.anchor().x(), c.anchor().y(), 2.5, border);
        Box b = c.box();
        s.fillRect(b.x(), b.y(), b.w(), b.h(), fill);
        s.strokeRect(b.x(), b.y(), b.w(), b.h(), border, note ? 1 : 1.5);
        double y = b.y() + Metrics.NOTE_PAD + Metrics.NOTE;
        for (int i = 0; i < c.lines().size(); i++) {
            s.text(c.lines().get(i), b.x() + Metrics.NOTE_PAD, y, Metrics.NOTE, i == 0,
                    i == 0 && !note ? border : p.rgb(StyleRole.TEXT));
            y += Metrics.NOTE_LINE;
        }
    }
}
