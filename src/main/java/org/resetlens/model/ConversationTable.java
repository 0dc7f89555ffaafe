package org.resetlens.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The text of {@code tshark -q -z conv,tcp} for an analysis: one row per TCP stream (A = sender of
 * its first packet), ordered by total frames descending then stream order, with tshark's units.
 */
public final class ConversationTable {
    private static final String RULE = "=".repeat(80);
    private static final String PAD = " ".repeat(59);

    private ConversationTable() { }

    public static String format(Analysis analysis) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append(RULE).append('\n');
        sb.append("TCP Conversations\n");
        sb.append("Filter:<No Filter>\n");
        sb.append(PAD).append("|       <-      | |       ->      | |     Total     |    Relative    |   Duration   |\n");
        sb.append(PAD).append("| Frames  Bytes | | Frames  Bytes | | Frames  Bytes |      Start     |              |\n");
        List<TcpConversation> convs = analysis.conversations();
        long max = Long.MAX_VALUE;
        while (true) {
            long last = 0;
            for (TcpConversation c : convs) {
                long total = c.packets();
                if (total > last && total < max) last = total;
            }
            if (last == 0) break;
            for (TcpConversation c : convs) {
                if (c.packets() == last) row(sb, c);
            }
            max = last;
        }
        sb.append(RULE).append('\n');
        return sb.toString();
    }

    private static void row(StringBuilder sb, TcpConversation c) {
        boolean aClient = c.firstSenderIsClient();
        String a = aClient ? c.clientEndpoint() : c.serverEndpoint();
        String b = aClient ? c.serverEndpoint() : c.clientEndpoint();
        long txFrames = aClient ? c.packetsClientToServer() : c.packetsServerToClient();
        long txBytes = aClient ? c.bytesClientToServer() : c.bytesServerToClient();
        long rxFrames = aClient ? c.packetsServerToClient() : c.packetsClientToServer();
        long rxBytes = aClient ? c.bytesServerToClient() : c.bytesClientToServer();
        sb.append(String.format("%-26s <-> %-26s  %6d %-9s  %6d %-9s  %6d %-9s  ", a, b, rxFrames, size(rxBytes),
                txFrames, size(txBytes), rxFrames + txFrames, size(rxBytes + txBytes)));
        double start = seconds(c.startNanos());
        double stop = seconds(c.startNanos() + c.durationNanos());
        sb.append(String.format("%14s", fixed(start, 9)));
        sb.append("   ").append(String.format("%12s", fixed(stop - start, 4))).append('\n');
    }

    /** nstime_to_sec: whole seconds plus nanoseconds / 1e9, in double as Wireshark computes it. */
    private static double seconds(long nanos) {
        long secs = Math.floorDiv(nanos, 1_000_000_000L);
        long ns = Math.floorMod(nanos, 1_000_000_000L);
        return (double) secs + (double) ns / 1_000_000_000.0;
    }

    /** printf("%.Nf") of the exact binary value (round half even, as glibc). */
    static String fixed(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Wireshark's format_size with byte units: "652 bytes", "19 kB", "1482 kB", "12 MB". */
    public static String size(long bytes) {
        if (bytes / 1000 / 1000 / 1000 / 1000 >= 10) return bytes / 1000 / 1000 / 1000 / 1000 + " TB";
        if (bytes / 1000 / 1000 / 1000 >= 10) return bytes / 1000 / 1000 / 1000 + " GB";
        if (bytes / 1000 / 1000 >= 10) return bytes / 1000 / 1000 + " MB";
        if (bytes / 1000 >= 10) return bytes / 1000 + " kB";
        return bytes + " bytes";
    }
}
