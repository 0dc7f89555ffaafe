package org.resetlens.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.model.Analysis;
import org.resetlens.model.stats.HttpStats;
import org.resetlens.model.stats.Smb2Stats;
import org.resetlens.model.stats.SrtRow;

/**
 * {@code stats FILE [--srt smb2] [--json]}: SMB2 service response times as {@code tshark -q -z smb2,srt}
 * prints them (or a JSON array, one object per command), and without {@code --srt} also SMB2
 * command counts and HTTP requests by method and status.
 */
final class StatsCommand implements Subcommand {
    Path file;

    String srt;

    boolean json;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE")
                .option("PROTOCOL", "Service response time table only (smb2).", "--srt")
                .flag("Print JSON.", "--json");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        srt = args.value("--srt");
        json = args.flag("--json");
    }

    @Override
    public Integer call() throws JsonProcessingException {
        if (srt != null && !srt.equals("smb2")) {
            System.err.println("resetlens: stats: --srt supports smb2, not '" + srt + "'");
            return Cli.EXIT_BAD_ARGS;
        }
        Analysis analysis = ModelLoad.load(file, System.err);
        if (analysis == null) return Cli.EXIT_BAD_FILE;
        PrintStream out = System.out;
        List<SrtRow> rows = Smb2Stats.srt(analysis.appMessages());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (srt != null) {
            out.print(json ? mapper.writeValueAsString(srtJson(rows)) + "\n" : Smb2Stats.srtTable(rows));
        } else if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("smb2_srt", srtJson(rows));
            all.put("smb2_commands", Smb2Stats.commands(analysis.appMessages()));
            all.put("http_methods", HttpStats.byMethod(analysis.appMessages()));
            all.put("http_status", HttpStats.byStatus(analysis.appMessages()));
            out.println(mapper.writeValueAsString(all));
        } else {
            out.print(Smb2Stats.srtTable(rows));
            out.println();
            out.println("SMB2 commands: requests responses errors");
            Smb2Stats.commands(analysis.appMessages()).forEach((name, c) ->
                    out.printf("  %-16s %8d %8d %8d%n", name, c.requests(), c.responses(), c.errors()));
            out.println("HTTP requests by method: " + HttpStats.byMethod(analysis.appMessages()));
            out.println("HTTP requests by status: " + HttpStats.byStatus(analysis.appMessages()));
        }
        out.flush();
        analysis.capture().close();
        return 0;
    }

    /** The JSON shape of the SRT table: index, command, calls, min, max, avg, sum (seconds). */
    static List<Map<String, Object>> srtJson(List<SrtRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SrtRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", r.index());
            m.put("command", r.command());
            m.put("calls", r.calls());
            m.put("min", r.min());
            m.put("max", r.max());
            m.put("avg", r.avg());
            m.put("sum", r.sum());
            out.add(m);
        }
        return out;
    }
}
