package org.resetlens.export;

import java.util.Arrays;
import org.resetlens.diagram.ArrowRow;
import org.resetlens.diagram.BreakRow;
import org.resetlens.diagram.Callout;
import org.resetlens.diagram.LadderEvent;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.Lane;
import org.resetlens.diagram.Row;
import org.resetlens.diagram.StyleRole;

/**
 * Writes the ladder as plain text: a time column, lanes as {@code |}, arrows {@code ---->} and
 * {@code <----} with labels inside, {@code X} on resets, tags and notes beside the rows.
 */
public final class TextLadderWriter {
    private static final int MIN_GAP = 30, MAX_GAP = 76;

    private TextLadderWriter() { }

    public static String text(LadderInput in, LadderGeometry g) {
        int n = Math.max(1, g.lanes().size());
        int frameW = 3, timeW = 4, longest = 0;
        for (Row r : g.rows()) {
            if (r instanceof ArrowRow a) {
                frameW = Math.max(frameW, a.frameText().length());
                timeW = Math.max(timeW, a.timeText().length());
                LadderEvent e = in.events().get(a.eventIndex());
                int span = Math.max(1, Math.abs(a.toLane() - a.fromLane()));
                longest = Math.max(longest, (Math.max(main(e).length(), sub(e).length()) + 8 + span - 1) / span);
            }
        }
        for (Lane l : g.lanes()) longest = Math.max(longest, l.label().length() + 4);
        int gap = Math.max(MIN_GAP, Math.min(MAX_GAP, longest));
        int firstLabel = g.lanes().isEmpty() ? 0 : Math.min(gap - 2, g.lanes().get(0).label().length());
        int left = frameW + 2 + timeW + 2 + Math.max(2, firstLabel / 2 + 1);
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) pos[i] = left + i * gap;
        int width = pos[n - 1] + 1;

        StringBuilder sb = new StringBuilder();
        if (!g.title().isEmpty()) sb.append(ascii(g.title())).append("\n\n");
        char[] head = blank(width + gap / 2), roles = blank(width + gap / 2);
        put(head, 0, pad("No.", frameW, true));
        put(head, frameW + 2, g.columns().timeHeading());
        for (Lane l : g.lanes()) {
            center(head, pos[l.index()], fitText(l.label(), gap - 2));
            center(roles, pos[l.index()], l.role().isEmpty() ? "" : "(" + l.role() + ")");
        }
        sb.append(trimEnd(head)).append('\n');
        if (!trimEnd(roles).isEmpty()) sb.append(trimEnd(roles)).append('\n');
        for (Row r : g.rows()) {
            if (r instanceof BreakRow b) {
                char[] line = blank(width);
                for (int p : pos) line[p] = '~';
                center(line, (pos[0] + pos[n - 1]) / 2, " " + ascii(b.text()) + " ");
                sb.append(trimEnd(line)).append('\n');
                continue;
            }
            ArrowRow a = (ArrowRow) r;
            LadderEvent e = in.events().get(a.eventIndex());
            char[] line = lanes(width, pos);
            put(line, 0, pad(a.frameText(), frameW, true));
            put(line, frameW + 2, a.timeText());
            int from = pos[a.fromLane()], to = a.toLane() == a.fromLane() ? from + gap / 2 : pos[a.toLane()];
            int lo = Math.min(from, to), hi = Math.max(from, to);
            for (int i = lo + 1; i < hi; i++) line[i] = '-';
            boolean right = to > from;
            line[right ? hi - 1 : lo + 1] = right ? '>' : '<';
            if (a.role() == StyleRole.ARROW_RST) line[right ? hi - 2 : lo + 2] = 'X';
            String label = fitText(main(e), hi - lo - 7);
            if (!label.isEmpty()) center(line, (lo + hi) / 2, " " + label + " ");
            StringBuilder row = new StringBuilder(trimEnd(line));
            if (!a.tag().isEmpty()) row.append("  ").append(a.tag().equals("RST") ? "<== RST" : ascii(a.tag()));
            sb.append(row).append('\n');
            if (!sub(e).isEmpty()) {
                char[] second = lanes(width, pos);
                center(second, (lo + hi) / 2, " " + fitText(sub(e), hi - lo - 4) + " ");
                sb.append(trimEnd(second)).append('\n');
            }
            for (Callout c : g.callouts()) {
                if (c.frame() != a.frame()) continue;
                String indent = " ".repeat(frameW + 2 + timeW + 2);
                sb.append(indent).append(c.kind() == Callout.Kind.NOTE ? "NOTE " : "").append("+-- ")
                        .append(ascii(c.lines().get(0))).append('\n');
                for (String l : c.lines().subList(1, c.lines().size())) {
                    sb.append(indent).append("     |  ").append(ascii(l)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String main(LadderEvent e) {
        return ascii(e.hasAppSummary() ? e.appSummary() : e.label());
    }

    private static String sub(LadderEvent e) {
        return e.hasAppSummary() ? ascii(e.label()) : "";
    }

    /** Our own symbols in ASCII; other characters (file names) are left alone. */
    static String ascii(String s) {
        return s.replace("…", "...").replace("⋯", "...").replace("◀", "<").replace("→", "->").replace("↔", "<->");
    }

    private static String fitText(String s, int max) {
        if (max <= 0) return "";
        if (s.length() <= max) return s;
        return max <= 3 ? s.substring(0, max) : s.substring(0, max - 3) + "...";
    }

    private static char[] blank(int w) {
        char[] c = new char[w];
        Arrays.fill(c, ' ');
        return c;
    }

    private static char[] lanes(int w, int[] pos) {
        char[] c = blank(w);
        for (int p : pos) c[p] = '|';
        return c;
    }

    private static void put(char[] line, int at, String s) {
        for (int i = 0; i < s.length() && at + i < line.length; i++) {
            if (at + i >= 0) line[at + i] = s.charAt(i);
        }
    }

    private static void center(char[] line, int mid, String s) {
        put(line, mid - s.length() / 2, s);
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) return s;
        String sp = " ".repeat(w - s.length());
        return right ? sp + s : s + sp;
    }

    private static String trimEnd(char[] c) {
        int e = c.length;
        while (e > 0 && c[e - 1] == ' ') e--;
        return new String(c, 0, e);
    }
}
