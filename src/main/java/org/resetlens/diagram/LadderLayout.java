package org.resetlens.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resetlens.core.Timestamps;

/** Lays a {@link LadderInput} out as {@link LadderGeometry}: which rows, where the lanes go, texts, callouts. */
public final class LadderLayout {
    static final double MARGIN = 16, ROW_H = 42, ARROW_DY = 22, LABEL_DY = 17, SUB_DY = 36;
    static final double GUTTER = 44, TAG_W = 100, CALLOUT_W = 330, CALLOUT_GAP = 10;
    static final double MIN_GAP = 220, MAX_GAP = 480;

    private LadderLayout() { }

    /** A slot of the ladder before coordinates: an event, or a break with what it stands for. */
    private record Slot(int event, int omitted, long silenceNanos) {
        boolean isBreak() {
            return event < 0;
        }
    }

    public static LadderGeometry layout(LadderInput in, LadderOptions opt) {
        List<Slot> slots = slots(in, opt);
        String unit = opt.perMessage() ? "messages" : "packets";
        int n = Math.max(1, in.endpoints().size());
        ResetTrace reset = in.reset();

        // Texts first: they decide the widths.
        String[] mains = new String[slots.size()], subs = new String[slots.size()], times = new String[slots.size()];
        long origin = in.originNanos() != Long.MIN_VALUE ? in.originNanos()
                : in.events().isEmpty() ? 0 : in.events().get(0).timeNanos();
        long prevTime = Long.MIN_VALUE;
        int maxFrame = 1, timeChars = 4;
        double gap = MIN_GAP;
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            if (s.isBreak()) continue;
            LadderEvent e = in.events().get(s.event());
            mains[k] = e.hasAppSummary() ? e.appSummary() : e.label();
            subs[k] = e.hasAppSummary() ? e.label() : "";
            times[k] = time(opt.timeFormat(), e.timeNanos(), origin, prevTime);
            prevTime = e.timeNanos();
            maxFrame = Math.max(maxFrame, e.frame());
            timeChars = Math.max(timeChars, times[k].length());
            int span = Math.max(1, Math.abs(e.to() - e.from()));
            double need = Math.max(Metrics.width(mains[k], Metrics.LABEL), Metrics.width(subs[k], Metrics.SMALL)) + 40;
            gap = Math.max(gap, need / span);
        }
        for (Endpoint ep : in.endpoints()) gap = Math.max(gap, Metrics.width(ep.label(), Metrics.LABEL) + 32);
        gap = Math.min(MAX_GAP, Math.ceil(gap));

        double cw = Metrics.CHAR_EM * Metrics.SMALL;
        double frameRight = MARGIN + Math.max(3, String.valueOf(maxFrame).length()) * cw;
        double timeX = frameRight + 12;
        double gutterLeft = timeX + timeChars * cw + 8;
        double spineX = gutterLeft + 16;
        double lane0 = gutterLeft + GUTTER + gap / 2;
        double[] laneX = new double[n];
        for (int i = 0; i < n; i++) laneX[i] = lane0 + i * gap;
        double tagX = laneX[n - 1] + 16;
        double bandRight = tagX + TAG_W;
        double calloutX = bandRight + 16;

        double titleH = in.title().isEmpty() ? 6 : 32;
        double headerTop = titleH + 4, headerH = 40;
        double rowsTop = headerTop + headerH + 12;
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < in.endpoints().size(); i++) {
            Endpoint ep = in.endpoints().get(i);
            lanes.add(new Lane(i, ep.label(), ep.role(), laneX[i], new Box(laneX[i] - gap / 2 + 8, headerTop, gap - 16,
                    headerH)));
        }

        Map<Integer, String> chainRole = new HashMap<>();
        if (reset != null) for (TraceLink l : reset.chain()) chainRole.putIfAbsent(l.frame(), l.role());
        List<Row> rows = new ArrayList<>(slots.size());
        double midLanes = (laneX[0] + laneX[n - 1]) / 2;
        for (int k = 0; k < slots.size(); k++) {
            Slot s = slots.get(k);
            double y = rowsTop + k * ROW_H;
            if (s.isBreak()) {
                String text = breakText(s, unit);
                rows.add(new BreakRow(y, ROW_H, s.omitted() > 0 ? BreakRow.Kind.OMITTED : BreakRow.Kind.SILENCE, text,
                        midLanes - Metrics.width(text, Metrics.LABEL) / 2, y + ROW_H / 2 + 4, s.silenceNanos(),
                        s.omitted()));
                continue;
            }
            LadderEvent e = in.events().get(s.event());
            int from = clampLane(e.from(), n), to = clampLane(e.to(), n);
            double x1 = laneX[from], x2 = from == to ? laneX[from] + gap * 0.4 : laneX[to];
            double avail = Math.abs(x2 - x1) - 16;
            String main = Metrics.fit(mains[k], Metrics.LABEL, avail);
            String sub = Metrics.fit(subs[k], Metrics.SMALL, avail);
            double mid = (x1 + x2) / 2;
            StyleRole band = null;
            String tag = "";
            StyleRole tagRole = StyleRole.TAG_CHAIN;
            if (reset != null && e.frame() == reset.resetFrame()) {
                band = StyleRole.BAND_RESET;
                tag = "RST";
                tagRole = StyleRole.TAG_RESET;
            } else if (reset != null && e.frame() == reset.triggerFrame()) {
                band = StyleRole.BAND_TRIGGER;
                tag = "◀ trigger";
                tagRole = StyleRole.TAG_TRIGGER;
            } else if (chainRole.containsKey(e.frame())) {
                band = StyleRole.BAND_CHAIN;
                tag = shortRole(chainRole.get(e.frame()));
            } else if (e.kind() == EventKind.RST) {
                tag = "RST";
                tagRole = StyleRole.TAG_RESET;
            }
            rows.add(new ArrowRow(s.event(), e.frame(), y, ROW_H, from, to, x1, x2, y + ARROW_DY,
                    StyleRole.arrow(e.kind()), main, mid - Metrics.width(main, Metrics.LABEL) / 2, y + LABEL_DY,
                    sub, mid - Metrics.width(sub, Metrics.SMALL) / 2, y + SUB_DY,
                    String.valueOf(e.frame()), times[k], band, tag, tagRole));
        }

        LadderGeometry draft = new LadderGeometry(in.title(), 0, 0, rowsTop, ROW_H,
                new LadderGeometry.Columns(frameRight, timeX, timeHeading(opt.timeFormat()), MARGIN - 4, bandRight, tagX),
                lanes, rows, List.of(), null);
        List<Callout> callouts = callouts(in, draft, calloutX);
        Connector trace = trace(in, draft, spineX);

        double rowsBottom = rowsTop + rows.size() * ROW_H;
        double bottom = rowsBottom;
        for (Callout c : callouts) bottom = Math.max(bottom, c.box().bottom());
        double width = (callouts.isEmpty() ? bandRight : calloutX + CALLOUT_W) + MARGIN;
        width = Math.max(width, MARGIN * 2 + Metrics.width(in.title(), Metrics.TITLE));
        return new LadderGeometry(in.title(), Math.ceil(width), Math.ceil(bottom + MARGIN), rowsTop, ROW_H,
                draft.columns(), lanes, rows, callouts, trace);
    }

    /** Which events become rows, and the breaks between them (silences, rows left out of a window). */
    private static List<Slot> slots(LadderInput in, LadderOptions opt) {
        Set<Integer> keep = new HashSet<>();
        ResetTrace reset = in.reset();
        if (reset != null) {
            keep.add(reset.resetFrame());
            if (reset.hasTrigger()) keep.add(reset.triggerFrame());
            for (TraceLink l : reset.chain()) keep.add(l.frame());
        }
        int[] base;
        if (opt.perMessage()) {
            Set<Integer> noted = new HashSet<>();
            for (Annotation a : in.annotations()) noted.add(a.frame());
            base = new int[in.events().size()];
            int m = 0;
            for (int i = 0; i < in.events().size(); i++) {
                LadderEvent e = in.events().get(i);
                boolean control = e.kind() == EventKind.SYN || e.kind() == EventKind.FIN || e.kind() == EventKind.RST;
                if (e.hasAppSummary() || control || keep.contains(e.frame()) || noted.contains(e.frame())) base[m++] = i;
            }
            base = Arrays.copyOf(base, m);
        } else {
            base = new int[in.events().size()];
            for (int i = 0; i < base.length; i++) base[i] = i;
        }
        int[] kept = base.length == 0 ? new int[0] : keptPositions(in, base, opt, keep);
        long threshold = silenceThreshold(in, base, kept, opt);
        List<Slot> slots = new ArrayList<>(kept.length + 8);
        for (int j = 0; j < kept.length; j++) {
            int omitted = j == 0 ? kept[0] : kept[j] - kept[j - 1] - 1;
            long silence = j == 0 ? 0 : in.events().get(base[kept[j]]).timeNanos()
                    - in.events().get(base[kept[j - 1]]).timeNanos();
            boolean silent = j > 0 && silence > threshold;
            if (omitted > 0 || silent) slots.add(new Slot(-1, omitted, silent ? silence : 0));
            slots.add(new Slot(base[kept[j]], 0, 0));
        }
        if (kept.length > 0 && kept[kept.length - 1] < base.length - 1) {
            slots.add(new Slot(-1, base.length - 1 - kept[kept.length - 1], 0));
        }
        return slots;
    }

    /** Positions in {@code base} to show: all, or a window around the frame plus the trace-back frames. */
    private static int[] keptPositions(LadderInput in, int[] base, LadderOptions opt, Set<Integer> keep) {
        if (opt.aroundFrame() <= 0) {
            int[] all = new int[base.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        int centre = base.length - 1;
        for (int p = 0; p < base.length; p++) {
            if (in.events().get(base[p]).frame() >= opt.aroundFrame()) {
                centre = p;
                break;
            }
        }
        int lo = Math.max(0, centre - opt.aroundRadius()), hi = Math.min(base.length - 1, centre + opt.aroundRadius());
        int[] out = new int[base.length];
        int m = 0;
        for (int p = 0; p < base.length; p++) {
            if ((p >= lo && p <= hi) || keep.contains(in.events().get(base[p]).frame())) out[m++] = p;
        }
        return Arrays.copyOf(out, m);
    }

    /** A gap is a silence above both the absolute threshold and the ratio times the median gap. */
    private static long silenceThreshold(LadderInput in, int[] base, int[] kept, LadderOptions opt) {
        long[] gaps = new long[Math.max(0, kept.length - 1)];
        for (int j = 1; j < kept.length; j++) {
            gaps[j - 1] = Math.max(0, in.events().get(base[kept[j]]).timeNanos()
                    - in.events().get(base[kept[j - 1]]).timeNanos());
        }
        Arrays.sort(gaps);
        double median = gaps.length == 0 ? 0 : gaps[gaps.length / 2];
        return (long) Math.max(opt.silenceSeconds() * 1e9, opt.silenceMedianRatio() * median);
    }

    private static List<Callout> callouts(LadderInput in, LadderGeometry g, double x) {
        record Pending(Callout.Kind kind, int frame, List<String> lines, ArrowRow row) { }
        int wrap = Metrics.chars(CALLOUT_W - 2 * Metrics.NOTE_PAD, Metrics.NOTE);
        List<Pending> pending = new ArrayList<>();
        ResetTrace reset = in.reset();
        if (reset != null && g.rowOfFrame(reset.resetFrame()) >= 0) {
            List<String> lines = new ArrayList<>();
            lines.add(Metrics.fit("RST #" + reset.resetFrame() + (reset.cause().isEmpty() ? "" : ": " + reset.cause()),
                    Metrics.NOTE, CALLOUT_W - 2 * Metrics.NOTE_PAD));
            if (!reset.explanation().isEmpty()) lines.addAll(Metrics.wrap(reset.explanation(), wrap));
            if (reset.hasTrigger()) {
                lines.addAll(Metrics.wrap("Trigger: #" + reset.triggerFrame() + " " + summary(in, reset.triggerFrame()),
                        wrap));
            }
            Map<Integer, List<String>> roles = new java.util.LinkedHashMap<>();
            for (TraceLink l : reset.chain()) {
                if (!l.role().equals("trigger")) roles.computeIfAbsent(l.frame(), f -> new ArrayList<>()).add(l.role());
            }
            roles.forEach((frame, rs) -> lines.addAll(Metrics.wrap("#" + frame + " " + String.join(", ", rs) + ": "
                    + summary(in, frame), wrap)));
            pending.add(new Pending(Callout.Kind.EXPLANATION, reset.resetFrame(), lines,
                    (ArrowRow) g.rows().get(g.rowOfFrame(reset.resetFrame()))));
        }
        for (Annotation a : in.annotations()) {
            int r = g.rowOfFrame(a.frame());
            if (r < 0 || a.text().isBlank()) continue;
            List<String> lines = new ArrayList<>();
            lines.add("Note #" + a.frame());
            lines.addAll(Metrics.wrap(a.text(), wrap));
            pending.add(new Pending(Callout.Kind.NOTE, a.frame(), lines, (ArrowRow) g.rows().get(r)));
        }
        pending.sort((p, q) -> Double.compare(p.row().y(), q.row().y()));
        List<Callout> out = new ArrayList<>();
        double nextTop = 0;
        for (Pending p : pending) {
            double h = 2 * Metrics.NOTE_PAD + p.lines().size() * Metrics.NOTE_LINE;
            double top = Math.max(p.row().y() + 2, nextTop);
            Box box = new Box(x, top, CALLOUT_W, h);
            nextTop = box.bottom() + CALLOUT_GAP;
            ArrowRow row = p.row();
            double ax = row.tag().isEmpty() ? Math.max(row.x1(), row.x2()) + 3
                    : g.columns().tagX() + Metrics.width(row.tag(), Metrics.SMALL) + 6;
            Point anchor = new Point(ax, row.arrowY());
            Point attach = new Point(x, Math.max(top + 10, Math.min(box.bottom() - 10, row.arrowY())));
            out.add(new Callout(p.kind(), p.frame(), box, p.lines(), anchor, attach));
        }
        return out;
    }

    private static Connector trace(LadderInput in, LadderGeometry g, double spineX) {
        ResetTrace reset = in.reset();
        if (reset == null || !reset.hasTrigger() || reset.triggerFrame() == reset.resetFrame()) return null;
        int rr = g.rowOfFrame(reset.resetFrame()), tr = g.rowOfFrame(reset.triggerFrame());
        if (rr < 0 || tr < 0) return null;
        ArrowRow r = (ArrowRow) g.rows().get(rr), t = (ArrowRow) g.rows().get(tr);
        double rx = leftEnd(r), tx = leftEnd(t);
        List<Point> path = List.of(new Point(rx, r.arrowY()), new Point(spineX, r.arrowY()),
                new Point(spineX, t.arrowY()), new Point(tx, t.arrowY()));
        List<Point> markers = new ArrayList<>();
        double top = Math.min(r.arrowY(), t.arrowY()), bottom = Math.max(r.arrowY(), t.arrowY());
        for (TraceLink l : reset.chain()) {
            int i = g.rowOfFrame(l.frame());
            if (i < 0 || l.frame() == reset.triggerFrame() || l.frame() == reset.resetFrame()) continue;
            double y = ((ArrowRow) g.rows().get(i)).arrowY();
            if (y > top && y < bottom) markers.add(new Point(spineX, y));
        }
        return new Connector(path, markers, "trace-back", new Point(spineX, (top + bottom) / 2));
    }

    /** Where the trace-back meets a row: just left of its arrow, clear of an arrowhead pointing left. */
    private static double leftEnd(ArrowRow a) {
        return Math.min(a.x1(), a.x2()) - (a.x2() < a.x1() ? 16 : 6);
    }

    private static String summary(LadderInput in, int frame) {
        int i = in.indexOfFrame(frame);
        if (i < 0) return "";
        LadderEvent e = in.events().get(i);
        return e.hasAppSummary() ? e.appSummary() : e.label();
    }

    private static int clampLane(int lane, int n) {
        return Math.max(0, Math.min(n - 1, lane));
    }

    static String breakText(Slot s, String unit) {
        String dur = s.silenceNanos() > 0 ? duration(s.silenceNanos()) : "";
        if (s.omitted() == 0) return "… " + dur + " …";
        String what = s.omitted() + " " + (s.omitted() == 1 ? unit.substring(0, unit.length() - 1) : unit)
                + " not shown";
        return "… " + what + (dur.isEmpty() ? "" : ", " + dur) + " …";
    }

    /** A silence as a person says it: {@code 6.0 s}, {@code 2 min 5 s}, {@code 1 h 3 min}. */
    public static String duration(long nanos) {
        if (nanos < 60_000_000_000L) return Timestamps.seconds(nanos, 1) + " s";
        double s = nanos / 1e9;
        long secs = Math.round(s);
        if (secs < 3600) return (secs / 60) + " min " + (secs % 60) + " s";
        return (secs / 3600) + " h " + ((secs % 3600) / 60) + " min";
    }

    static String time(TimeFormat f, long t, long origin, long prev) {
        return switch (f) {
            case ABSOLUTE -> timeOfDay(t);
            case RELATIVE -> seconds(t - origin);
            case DELTA -> prev == Long.MIN_VALUE ? "+0.000000" : "+" + seconds(t - prev);
        };
    }

    /** Seconds with six decimals, rounded to the microsecond (as Wireshark shows them by default). */
    static String seconds(long nanos) {
        long micros = Math.floorDiv(nanos + 500, 1000);
        StringBuilder sb = new StringBuilder(16);
        if (micros < 0) {
            sb.append('-');
            micros = -micros;
        }
        sb.append(micros / 1_000_000).append('.');
        return pad(sb, micros % 1_000_000, 6).toString();
    }

    /** UTC time of day {@code HH:mm:ss.uuuuuu}. */
    static String timeOfDay(long epochNanos) {
        long micros = Math.floorDiv(epochNanos, 1000);
        long secOfDay = Math.floorMod(Math.floorDiv(micros, 1_000_000), 86_400);
        StringBuilder sb = new StringBuilder(15);
        pad(sb, secOfDay / 3600, 2).append(':');
        pad(sb, secOfDay / 60 % 60, 2).append(':');
        pad(sb, secOfDay % 60, 2).append('.');
        return pad(sb, Math.floorMod(micros, 1_000_000), 6).toString();
    }

    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) sb.append('0');
        return sb.append(s);
    }

    private static String timeHeading(TimeFormat f) {
        return switch (f) {
            case ABSOLUTE -> "Time (UTC)";
            case RELATIVE -> "Time";
            case DELTA -> "Delta";
        };
    }

    private static String shortRole(String role) {
        return switch (role) {
            case "acknowledged-until" -> "acked-until";
            case "sent-while-waiting" -> "sent-waiting";
            case "unanswered-request" -> "unanswered";
            default -> role.length() > 14 ? role.substring(0, 14) : role;
        };
    }
}
