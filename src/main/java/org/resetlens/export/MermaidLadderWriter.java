package org.resetlens.export;

import java.util.ArrayList;
import java.util.List;
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
 * Writes the ladder as a Mermaid {@code sequenceDiagram}: a participant per lane, an arrow per row
 * ({@code -x} for a reset, dashed for a bare ACK), notes for breaks, the trigger, notes and the explanation.
 */
public final class MermaidLadderWriter {
    private MermaidLadderWriter() { }

    public static String mermaid(LadderInput in, LadderGeometry g) {
        StringBuilder sb = new StringBuilder("sequenceDiagram\n");
        if (!g.title().isEmpty()) sb.append("    title ").append(escape(g.title())).append('\n');
        for (Lane l : g.lanes()) {
            sb.append("    participant L").append(l.index()).append(" as ")
                    .append(escape(l.label() + (l.role().isEmpty() ? "" : " (" + l.role() + ")"))).append('\n');
        }
        int last = g.lanes().size() - 1;
        String across = last <= 0 ? "L0" : "L0,L" + last;
        for (Row r : g.rows()) {
            if (r instanceof BreakRow b) {
                sb.append("    Note over ").append(across).append(": ").append(escape(b.text())).append('\n');
                continue;
            }
            ArrowRow a = (ArrowRow) r;
            LadderEvent e = in.events().get(a.eventIndex());
            String text = "#" + e.frame() + " " + (e.hasAppSummary() ? e.appSummary() + " " + e.label() : e.label());
            sb.append("    L").append(a.fromLane()).append(arrow(a.role())).append('L').append(a.toLane())
                    .append(": ").append(escape(text)).append('\n');
            if (a.band() == StyleRole.BAND_TRIGGER && in.reset() != null) {
                sb.append("    Note left of L").append(Math.min(a.fromLane(), a.toLane())).append(": ")
                        .append(escape("trigger of RST #" + in.reset().resetFrame())).append('\n');
            }
            for (Callout c : g.callouts()) {
                if (c.frame() != a.frame()) continue;
                sb.append("    Note right of L").append(last).append(": ").append(noteText(c.lines())).append('\n');
            }
        }
        return sb.toString();
    }

    private static String arrow(StyleRole role) {
        return switch (role) {
            case ARROW_RST -> "-x";
            case ARROW_ACK -> "-->>";
            case ARROW_RETRANSMISSION -> "--)";
            default -> "->>";
        };
    }

    private static String noteText(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String l : lines) parts.add(escape(l));
        return String.join("<br/>", parts);
    }

    /**
     * Replaces what Mermaid would read as syntax with its entity codes: {@code #} (entity start),
     * {@code ;} (statement end), {@code < >} (HTML), {@code %} (comments), {@code :} , and line breaks.
     */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '#' -> sb.append("#35;");
                case ';' -> sb.append("#59;");
                case '<' -> sb.append("#lt;");
                case '>' -> sb.append("#gt;");
                case '%' -> sb.append("#37;");
                case ':' -> sb.append("#58;");
                case '{' -> sb.append("#123;");
                case '}' -> sb.append("#125;");
                case '\r', '\n', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
