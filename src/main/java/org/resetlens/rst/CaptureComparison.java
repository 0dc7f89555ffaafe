package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpConversation;
import org.resetlens.model.stats.Smb2Stats;
import org.resetlens.model.stats.SrtRow;

/**
 * Two captures' figures side by side (packets, streams, resets by cause, SMB2 commands and response
 * times, unanswered requests) and their differences in reading order: resets (total, then by cause),
 * unanswered requests, response times, command counts (each group largest ratio first), then volume.
 */
public record CaptureComparison(Side a, Side b, List<Entry> diff) {
    public CaptureComparison {
        diff = List.copyOf(diff);
    }

    /** One capture's figures. */
    public record Side(long packets, long streams, long resetTotal, Map<String, Long> resetsByCause,
                       Map<String, Smb2Stats.Counts> smb2Commands, List<SrtRow> srt, long unanswered) {
        public Side {
            resetsByCause = java.util.Collections.unmodifiableMap(new TreeMap<>(resetsByCause));
            smb2Commands = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(smb2Commands));
            srt = List.copyOf(srt);
        }

        /** Computes the figures of a loaded capture, running the reset engine for the causes. */
        public static Side of(Analysis an) {
            ResetReport report = Resets.explain(an);
            Map<String, Long> byCause = new TreeMap<>();
            report.countsByCause().forEach((cause, n) -> byCause.put(cause, (long) n));
            return new Side(an.capture().frames().size(), an.tcpStreamCount(), CaptureComparison.resetTotal(an), byCause,
                    Smb2Stats.commands(an.appMessages()), Smb2Stats.srt(an.appMessages()), CaptureComparison.unanswered(an));
        }
    }

    /** One compared metric; {@code group} is the reading-order group it belongs to. */
    public record Entry(String group, String metric, double a, double b) {
        /** b / a; 1 when both are 0; null when only a is 0. */
        public Double ratio() {
            if (a == 0) return b == 0 ? Double.valueOf(1.0) : null;
            return b / a;
        }

        /** How much the two sides differ: |ln(b/a)|, infinite-like when one side is 0 and the other not. */
        public double weight() {
            if (a == b) return 0;
            if (a == 0 || b == 0) return Double.MAX_VALUE;
            return Math.abs(Math.log(b / a));
        }

        /** True when the sides differ by at least a factor 1.5 (or one is zero and the other is not). */
        public boolean significant() {
            return weight() >= Math.log(1.5);
        }
    }

    /** Compares two loaded captures. */
    public static CaptureComparison of(Analysis a, Analysis b) {
        return of(Side.of(a), Side.of(b));
    }

    /** Compares two sides' figures. */
    public static CaptureComparison of(Side a, Side b) {
        Comparator<Entry> byWeight = Comparator.comparingDouble(Entry::weight).reversed();
        List<Entry> out = new ArrayList<>();
        out.add(new Entry("resets", "resets.total", a.resetTotal(), b.resetTotal()));
        List<Entry> causes = new ArrayList<>();
        for (String k : union(a.resetsByCause().keySet(), b.resetsByCause().keySet()))
            causes.add(new Entry("resets", "resets." + k, a.resetsByCause().getOrDefault(k, 0L),
                    b.resetsByCause().getOrDefault(k, 0L)));
        causes.sort(byWeight);
        out.addAll(causes);
        out.add(new Entry("unanswered", "unanswered", a.unanswered(), b.unanswered()));
        List<Entry> srt = new ArrayList<>();
        Map<String, SrtRow> ra = byName(a.srt()), rb = byName(b.srt());
        for (String k : union(ra.keySet(), rb.keySet())) {
            SrtRow x = ra.get(k), y = rb.get(k);
            srt.add(new Entry("srt", "srt." + k + ".calls", x == null ? 0 : x.calls(), y == null ? 0 : y.calls()));
            srt.add(new Entry("srt", "srt." + k + ".avg", x == null ? 0 : x.avg(), y == null ? 0 : y.avg()));
            srt.add(new Entry("srt", "srt." + k + ".max", x == null ? 0 : x.max(), y == null ? 0 : y.max()));
        }
        srt.sort(byWeight);
        out.addAll(srt);
        List<Entry> counts = new ArrayList<>();
        for (String k : union(a.smb2Commands().keySet(), b.smb2Commands().keySet())) {
            Smb2Stats.Counts x = a.smb2Commands().get(k), y = b.smb2Commands().get(k);
            counts.add(new Entry("smb2", "smb2." + k + ".requests", x == null ? 0 : x.requests(), y == null ? 0 : y.requests()));
            counts.add(new Entry("smb2", "smb2." + k + ".responses", x == null ? 0 : x.responses(), y == null ? 0 : y.responses()));
            counts.add(new Entry("smb2", "smb2." + k + ".errors", x == null ? 0 : x.errors(), y == null ? 0 : y.errors()));
        }
        counts.sort(byWeight);
        out.addAll(counts);
        out.add(new Entry("volume", "packets", a.packets(), b.packets()));
        out.add(new Entry("volume", "streams", a.streams(), b.streams()));
        return new CaptureComparison(a, b, out);
    }

    /** TCP segments with RST set, as tshark's {@code tcp.flags.reset==1} counts them. */
    static long resetTotal(Analysis an) {
        FrameColumns f = an.frames();
        long n = 0;
        for (int i = 0; i < f.size(); i++) if (f.isTcp(i) && (f.tcpFlags(i) & 0x04) != 0) n++;
        return n;
    }

    static long unanswered(Analysis an) {
        long n = 0;
        for (TcpConversation c : an.conversations()) n += c.unanswered();
        return n;
    }

    private static Map<String, SrtRow> byName(List<SrtRow> rows) {
        Map<String, SrtRow> m = new LinkedHashMap<>();
        for (SrtRow r : rows) m.put(r.command(), r);
        return m;
    }

    private static List<String> union(java.util.Set<String> x, java.util.Set<String> y) {
        List<String> out = new ArrayList<>(x);
        for (String k : y) if (!out.contains(k)) out.add(k);
        return out;
    }
}
