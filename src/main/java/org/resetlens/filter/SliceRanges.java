package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.core.Span;

/** Reads the ranges of a slice token: {@code i:n}, {@code i-j}, {@code i}, {@code :n}, {@code i:}, comma-separated. */
final class SliceRanges {
    private SliceRanges() { }

    static List<Node.Range> parse(Token slice) {
        String text = slice.text();
        List<Node.Range> out = new ArrayList<>();
        int base = slice.span().start() + 1;
        int from = 0;
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            Span span = new Span(base + from, base + from + part.length());
            from += part.length() + 1;
            Node.Range r = range(p);
            if (r == null) {
                throw new FilterError(ErrorCodes.BAD_SLICE, span, "\"" + p + "\" is not a valid number.");
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private static Node.Range range(String p) {
        if (p.isEmpty()) return null;
        int colon = p.indexOf(':');
        if (colon >= 0) {
            String a = p.substring(0, colon).strip(), b = p.substring(colon + 1).strip();
            Integer start = a.isEmpty() ? Integer.valueOf(0) : number(a);
            if (start == null) return null;
            if (b.isEmpty()) return a.isEmpty() ? null : new Node.Range(start, null, null);
            Integer length = number(b);
            return length == null ? null : new Node.Range(start, length, null);
        }
        int dash = p.indexOf('-', 1);
        if (dash > 0) {
            Integer start = number(p.substring(0, dash).strip()), end = number(p.substring(dash + 1).strip());
            return start == null || end == null ? null : new Node.Range(start, null, end);
        }
        Integer start = number(p);
        return start == null ? null : new Node.Range(start, 1, null);
    }

    private static Integer number(String s) {
        if (s.isEmpty() || s.length() > 9) return null;
        int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
        if (i == s.length()) return null;
        for (int k = i; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') return null;
        }
        return Integer.parseInt(s);
    }
}
