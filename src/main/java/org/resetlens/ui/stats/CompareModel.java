package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.resetlens.rst.CaptureComparison;

/**
 * View model of Statistics › Compare with…: the rows of {@link CaptureComparison}'s diff (the same
 * figures and reading order as {@code compare}), rows that differ by a factor 1.5 or more first and
 * marked highlighted, the rest after them in the same order.
 */
public final class CompareModel {
    /** One row of the compare table. */
    public record Row(String metric, String a, String b, String ratio, boolean highlighted) { }

    private final CaptureComparison comparison;
    private final String nameA;
    private final String nameB;

    public CompareModel(CaptureComparison comparison, String nameA, String nameB) {
        this.comparison = comparison;
        this.nameA = nameA;
        this.nameB = nameB;
    }

    public String nameA() {
        return nameA;
    }

    public String nameB() {
        return nameB;
    }

    public CaptureComparison comparison() {
        return comparison;
    }

    /** Highlighted rows first, each part in the diff's reading order. */
    public List<Row> rows() {
        List<Row> hot = new ArrayList<>(), rest = new ArrayList<>();
        for (CaptureComparison.Entry e : comparison.diff()) {
            boolean h = e.significant();
            Row r = new Row(label(e.metric()), number(e.a()), number(e.b()), ratio(e.ratio()), h);
            (h ? hot : rest).add(r);
        }
        hot.addAll(rest);
        return hot;
    }

    /** The number of highlighted rows. */
    public long highlightedCount() {
        return comparison.diff().stream().filter(CaptureComparison.Entry::significant).count();
    }

    private static String label(String metric) {
        if (metric.startsWith("srt.") && (metric.endsWith(".avg") || metric.endsWith(".max")))
            return metric + " (s)";
        return metric;
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.6f", d);
    }

    static String ratio(Double r) {
        return r == null ? "new in B" : String.format(Locale.ROOT, "%.2f", r);
    }
}
