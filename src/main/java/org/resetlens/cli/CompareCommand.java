package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpConversation;
import org.resetlens.model.stats.Smb2Stats;
import org.resetlens.model.stats.SrtRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code compare A B [--json]}: two captures side by side ("node 3 is slow, node 4 is fine"): packets,
 * streams, resets, SMB2 commands, SMB2 response times and unanswered requests of each, and the
 * differences ordered as a person should read them: resets, unanswered requests, response times
 * (largest ratio first), command counts (largest ratio first), then volume.
 */
@Command(name = "compare", description = "Compare two captures: resets, SMB2 commands and response times.")
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE_A")
    Path fileA;

    @Parameters(index = "1", paramLabel = "FILE_B")
    Path fileB;

    @Option(names = "--json", description = "Print JSON {a, b, diff}.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        Analysis a = ModelLoad.load(fileA, System.err);
        if (a == null) return Cli.EXIT_BAD_FILE;
        Analysis b = ModelLoad.load(fileB, System.err);
        if (b == null) return Cli.EXIT_BAD_FILE;
        Map<String, Object> sa = side(a), sb = side(b);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("a", sa);
        result.put("b", sb);
        result.put("diff", diff(a, b, sa, sb));
        PrintStream out = System.out;
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
        } else {
            out.println("A: " + fileA);
            out.println("B: " + fileB);
            out.printf("%-32s %14s %14s %10s%n", "", "A", "B", "B/A");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> d = (Map<String, Map<String, Object>>) result.get("diff");
            d.forEach((k, v) -> out.printf("%-32s %14s %14s %10s%n", k, v.get("a"), v.get("b"),
                    v.get("ratio") == null ? "-" : String.format("%.2f", (Double) v.get("ratio"))));
        }
        out.flush();
        a.capture().close();
        b.capture().close();
        return 0;
    }

    static long resets(Analysis an) {
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

    static Map<String, Object> side(Analysis an) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("packets", an.capture().frames().size());
        m.put("streams", an.tcpStreamCount());
        Map<String, Object> resets = new LinkedHashMap<>();
        resets.put("total", resets(an));
        resets.put("by_cause", new LinkedHashMap<String, Long>());
        m.put("resets", resets);
        Map<String, Object> cmds = new LinkedHashMap<>();
        Smb2Stats.commands(an.appMessages()).forEach((k, c) -> cmds.put(k, Map.of("requests", c.requests(),
                "responses", c.responses(), "errors", c.errors())));
        m.put("smb2_commands", cmds);
        m.put("srt", StatsCommand.srtJson(Smb2Stats.srt(an.appMessages())));
        m.put("unanswered", unanswered(an));
        return m;
    }

    private record Entry(String metric, double a, double b) {
        Double ratio() {
            return a == 0 ? (b == 0 ? Double.valueOf(1.0) : null) : b / a;
        }

        double weight() {
            if (a == b) return 0;
            if (a == 0 || b == 0) return Double.MAX_VALUE;
            return Math.abs(Math.log(b / a));
        }
    }

    private static Map<String, Object> diff(Analysis a, Analysis b, Map<String, Object> sa, Map<String, Object> sb) {
        List<Entry> first = new ArrayList<>();
        first.add(new Entry("resets.total", resets(a), resets(b)));
        first.add(new Entry("unanswered", unanswered(a), unanswered(b)));
        List<Entry> srt = new ArrayList<>();
        Map<String, SrtRow> ra = byName(Smb2Stats.srt(a.appMessages()));
        Map<String, SrtRow> rb = byName(Smb2Stats.srt(b.appMessages()));
        for (String k : union(ra.keySet(), rb.keySet())) {
            SrtRow x = ra.get(k), y = rb.get(k);
            srt.add(new Entry("srt." + k + ".avg", x == null ? 0 : x.avg(), y == null ? 0 : y.avg()));
            srt.add(new Entry("srt." + k + ".max", x == null ? 0 : x.max(), y == null ? 0 : y.max()));
        }
        List<Entry> counts = new ArrayList<>();
        var ca = Smb2Stats.commands(a.appMessages());
        var cb = Smb2Stats.commands(b.appMessages());
        for (String k : union(ca.keySet(), cb.keySet())) {
            var x = ca.get(k);
            var y = cb.get(k);
            counts.add(new Entry("smb2." + k + ".requests", x == null ? 0 : x.requests(), y == null ? 0 : y.requests()));
            counts.add(new Entry("smb2." + k + ".errors", x == null ? 0 : x.errors(), y == null ? 0 : y.errors()));
        }
        List<Entry> volume = List.of(new Entry("packets", a.capture().frames().size(), b.capture().frames().size()),
                new Entry("streams", a.tcpStreamCount(), b.tcpStreamCount()));
        Comparator<Entry> byWeight = Comparator.comparingDouble(Entry::weight).reversed();
        srt.sort(byWeight);
        counts.sort(byWeight);
        Map<String, Object> out = new LinkedHashMap<>();
        for (List<Entry> group : List.of(first, srt, counts, volume)) {
            for (Entry e : group) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("a", number(e.a()));
                v.put("b", number(e.b()));
                v.put("ratio", e.ratio());
                out.put(e.metric(), v);
            }
        }
        return out;
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
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
