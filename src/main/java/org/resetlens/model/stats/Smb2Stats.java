package org.resetlens.model.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.resetlens.model.AppMessage;
import org.resetlens.model.AppMessages;
import org.resetlens.model.AppProtocol;

/**
 * SMB2 statistics from the paired messages: service response time per command as
 * {@code tshark -z smb2,srt} 4.0 computes it (final responses whose request was seen, interim
 * STATUS_PENDING ones and oplock/lease breaks left out), and per-command counts of requests, responses and error responses.
 */
public final class Smb2Stats {
    private static final int BREAK = 18;
    /** The names tshark's SRT table uses, by opcode. */
    private static final String[] TABLE_NAMES = {"Negotiate Protocol", "Session Setup", "Session Logoff",
        "Tree Connect", "Tree Disconnect", "Create", "Close", "Flush", "Read", "Write", "Lock", "Ioctl", "Cancel",
        "KeepAlive", "Find", "Notify", "GetInfo", "SetInfo", "Break"};

    /** Requests, responses and error responses (non-zero final status) of one command. */
    public record Counts(long requests, long responses, long errors) { }

    private Smb2Stats() { }

    public static String commandName(int opcode) {
        return opcode < AppMessage.SMB2_COMMANDS.size() ? AppMessage.SMB2_COMMANDS.get(opcode) : "UNKNOWN_" + opcode;
    }

    /** One row per SMB2 command with at least one timed response, by opcode. */
    public static List<SrtRow> srt(AppMessages messages) {
        TreeMap<Integer, long[]> acc = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            AppMessage m = messages.get(i);
            if (m.protocol() != AppProtocol.SMB2 || !m.answered() || m.command() == BREAK) continue;
            long t = m.responseTimeNanos();
            long[] a = acc.computeIfAbsent(m.command(), k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE, 0});
            a[0]++;
            a[1] = Math.min(a[1], t);
            a[2] = Math.max(a[2], t);
            a[3] += t;
        }
        List<SrtRow> rows = new ArrayList<>();
        for (var e : acc.entrySet()) {
            int op = e.getKey();
            long[] a = e.getValue();
            rows.add(new SrtRow(op, commandName(op), op < TABLE_NAMES.length ? TABLE_NAMES[op] : "Unknown", a[0], a[1],
                    a[2], a[3]));
        }
        return rows;
    }

    /** Per MS-SMB2 command name (in opcode order): requests, responses, error responses. */
    public static Map<String, Counts> commands(AppMessages messages) {
        TreeMap<Integer, long[]> acc = new TreeMap<>();
        for (int i = 0; i < messages.size(); i++) {
            AppMessage m = messages.get(i);
            if (m.protocol() != AppProtocol.SMB2) continue;
            long[] a = acc.computeIfAbsent(m.command(), k -> new long[3]);
            a[0]++;
            if (m.answered()) {
                a[1]++;
                if (m.status() != 0) a[2]++;
            }
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        for (var e : acc.entrySet()) out.put(commandName(e.getKey()), new Counts(e.getValue()[0], e.getValue()[1],
                e.getValue()[2]));
        return out;
    }

    /** The text of {@code tshark -q -z smb2,srt}. */
    public static String srtTable(List<SrtRow> rows) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append('\n').append("=".repeat(67)).append('\n');
        sb.append("SMB2 SRT Statistics:\n");
        sb.append("Filter: smb2.cmd\n");
        sb.append("Index  Commands               Calls    Min SRT    Max SRT    Avg SRT    Sum SRT\n");
        for (SrtRow r : rows) {
            sb.append(String.format(Locale.ROOT, "%5d  %-20s %8d %10.6f %10.6f %10.6f %10.6f%n", r.index(), r.name(),
                    r.calls(), r.min(), r.max(), r.avg(), r.sum()));
        }
        sb.append("=".repeat(66)).append('\n');
        return sb.toString();
    }
}
