package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resetlens.model.AppMessages;
import org.resetlens.model.stats.HttpStats;
import org.resetlens.model.stats.Smb2Stats;
import org.resetlens.model.stats.SrtRow;
import org.resetlens.ui.backend.CaptureSession;

/** The tables of Statistics › SMB2 SRT, SMB2 Commands and HTTP, from the model's application messages. */
public final class AppStatsModel {
    /** The session's application messages, or null when it has no model analysis (tables stay empty). */
    private final AppMessages messages;

    public AppStatsModel(CaptureSession session) {
        this.messages = session.analysis().map(a -> a.appMessages()).orElse(null);
    }

    /** The figures of {@code stats --srt smb2} (tshark's {@code -z smb2,srt}), seconds with six decimals. */
    public StatTable smb2Srt() {
        List<List<String>> rows = new ArrayList<>();
        for (SrtRow r : messages == null ? List.<SrtRow>of() : Smb2Stats.srt(messages)) {
            rows.add(List.of(Integer.toString(r.index()), r.name(), Long.toString(r.calls()), sec(r.min()),
                    sec(r.max()), sec(r.avg()), sec(r.sum())));
        }
        return new StatTable("SMB2 Service Response Time",
                List.of("Index", "Procedure", "Calls", "Min SRT (s)", "Max SRT (s)", "Avg SRT (s)", "Sum SRT (s)"), rows);
    }

    /** Requests, responses and error responses per SMB2 command. */
    public StatTable smb2Commands() {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Smb2Stats.Counts> counts = messages == null ? Map.of() : Smb2Stats.commands(messages);
        for (Map.Entry<String, Smb2Stats.Counts> e : counts.entrySet()) {
            Smb2Stats.Counts c = e.getValue();
            rows.add(List.of(e.getKey(), Long.toString(c.requests()), Long.toString(c.responses()),
                    Long.toString(c.errors())));
        }
        return new StatTable("SMB2 Commands", List.of("Command", "Requests", "Responses", "Errors"), rows);
    }

    /** HTTP requests by method, then responses by status code. */
    public StatTable http() {
        List<List<String>> rows = new ArrayList<>();
        if (messages == null) return new StatTable("HTTP Requests", List.of("Kind", "Value", "Count"), rows);
        HttpStats.byMethod(messages).forEach((k, v) -> rows.add(List.of("Method", k, Long.toString(v))));
        HttpStats.byStatus(messages).forEach((k, v) -> rows.add(List.of("Status", k, Long.toString(v))));
        return new StatTable("HTTP Requests", List.of("Kind", "Value", "Count"), rows);
    }

    private static String sec(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
