package org.resetlens.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Text sizes and the one monospaced font every renderer uses, so widths computed here hold on screen,
 * in SVG, PNG and PDF alike (DejaVu Sans Mono advances 0.602 em per character; Courier 0.6).
 */
public final class Metrics {
    public static final String FONT_FAMILY = "DejaVu Sans Mono";
    public static final double CHAR_EM = 0.602;
    public static final double TITLE = 14, LABEL = 12, SMALL = 11, NOTE = 11;
    public static final double NOTE_LINE = 15, NOTE_PAD = 8;

    private Metrics() { }

    public static double width(String s, double size) {
        return s.codePointCount(0, s.length()) * CHAR_EM * size;
    }

    /** How many characters fit in {@code w}. */
    public static int chars(double w, double size) {
        return (int) Math.floor(w / (CHAR_EM * size));
    }

    /** {@code s}, cut with an ellipsis to fit {@code maxWidth}. */
    public static String fit(String s, double size, double maxWidth) {
        int max = chars(maxWidth, size);
        int n = s.codePointCount(0, s.length());
        if (n <= max) return s;
        if (max <= 1) return max == 1 ? "…" : "";
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Word-wraps {@code text} (keeping its own line breaks) into lines of at most {@code maxChars}. */
    public static List<String> wrap(String text, int maxChars) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                if (word.isEmpty()) continue;
                while (word.length() > maxChars) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, maxChars));
                    word = word.substring(maxChars);
                }
                if (line.length() > 0 && line.length() + 1 + word.length() > maxChars) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            out.add(line.toString());
        }
        while (out.size() > 1 && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
        return out;
    }
}
