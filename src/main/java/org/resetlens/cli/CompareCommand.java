package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resetlens.model.Analysis;
import org.resetlens.rst.CaptureComparison;

/**
 * {@code compare A B [--json]}: two captures side by side ("node 3 is slow, node 4 is fine"): packets,
 * streams, resets, SMB2 commands, SMB2 response times and unanswered requests of each, and the
 * differences ordered as a person should read them: resets, unanswered requests, response times
 * (largest ratio first), command counts (largest ratio first), then volume.
 */
final class CompareCommand implements Subcommand {
    Path fileA;

    Path fileB;

    boolean json;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE_A").operand("FILE_B").flag("Print JSON {a, b, diff}.", "--json");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        fileA = args.path(0);
        fileB = args.path(1);
        json = args.flag("--json");
    }

    @Override
    public Integer call() throws JsonProcessingException {
        Analysis a = ModelLoad.load(fileA, System.err);
        if (a == null) return Cli.EXIT_BAD_FILE;
        Analysis b = ModelLoad.load(fileB, System.err);
        if (b == null) return Cli.EXIT_BAD_FILE;
        CaptureComparison c = CaptureComparison.of(a, b);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("a", sideJson(c.a()));
        result.put("b", sideJson(c.b()));
        result.put("diff", diffJson(c));
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

    static Map<String, Object> side(Analysis an) {
        return sideJson(CaptureComparison.Side.of(an));
    }

    static Map<String, Object> sideJson(CaptureComparison.Side s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("packets", s.packets());
        m.put("streams", s.streams());
        Map<String, Object> resets = new LinkedHashMap<>();
        resets.put("total", s.resetTotal());
        resets.put("by_cause", new LinkedHashMap<>(s.resetsByCause()));
        m.put("resets", resets);
        Map<String, Object> cmds = new LinkedHashMap<>();
        s.smb2Commands().forEach((k, c) -> cmds.put(k, Map.of("requests", c.requests(),
                "responses", c.responses(), "errors", c.errors())));
        m.put("smb2_commands", cmds);
        m.put("srt", StatsCommand.srtJson(s.srt()));
        m.put("unanswered", s.unanswered());
        return m;
    }

    static Map<String, Object> diffJson(CaptureComparison c) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (CaptureComparison.Entry e : c.diff()) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("a", number(e.a()));
            v.put("b", number(e.b()));
            v.put("ratio", e.ratio());
            out.put(e.metric(), v);
        }
        return out;
    }

    private static Object number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
    }
}
