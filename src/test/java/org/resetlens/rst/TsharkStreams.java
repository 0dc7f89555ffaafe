package org.resetlens.rst;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.testutil.Tshark;

/** Builds stream views from tshark's per-packet TCP fields: an independent loader to check the engine with. */
final class TsharkStreams {
    private TsharkStreams() { }

    static List<StreamView> load(Path file) {
        List<String> lines = Tshark.fields(file, "tcp", List.of("frame.number", "frame.time_epoch", "tcp.stream",
                "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "tcp.srcport", "tcp.dstport", "tcp.flags", "tcp.seq_raw",
                "tcp.ack_raw", "tcp.len", "ip.ttl", "ipv6.hlim", "ip.id", "tcp.window_size_value",
                "tcp.analysis.retransmission", "tcp.analysis.keep_alive", "tcp.analysis.zero_window",
                "tcp.analysis.zero_window_probe", "tcp.analysis.duplicate_ack", "tcp.payload"));
        Map<Integer, List<String[]>> byStream = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length < 23 || f[2].isEmpty()) continue;
            byStream.computeIfAbsent(Integer.parseInt(first(f[2])), k -> new ArrayList<>()).add(f);
        }
        List<StreamView> out = new ArrayList<>();
        for (Map.Entry<Integer, List<String[]>> e : byStream.entrySet()) {
            List<String[]> rows = e.getValue();
            String[] c = rows.get(0);
            for (String[] f : rows) {
                int flags = Integer.decode(first(f[9]));
                if ((flags & 0x12) == 0x02) { c = f; break; }
            }
            String cAddr = addr(c, 3, 5), sAddr = addr(c, 4, 6);
            int cPort = Integer.parseInt(first(c[7])), sPort = Integer.parseInt(first(c[8]));
            ArrayStreamView v = new ArrayStreamView(e.getKey(), cAddr, cPort, sAddr, sPort);
            for (String[] f : rows) {
                boolean fromClient = addr(f, 3, 5).equals(cAddr) && Integer.parseInt(first(f[7])) == cPort;
                int analysis = (f[17].isEmpty() ? 0 : StreamView.A_RETRANSMISSION)
                        | (f[18].isEmpty() ? 0 : StreamView.A_KEEP_ALIVE) | (f[19].isEmpty() ? 0 : StreamView.A_ZERO_WINDOW)
                        | (f[20].isEmpty() ? 0 : StreamView.A_ZERO_WINDOW_PROBE) | (f[21].isEmpty() ? 0 : StreamView.A_DUP_ACK);
                String[] t = f[1].split("\\.");
                long nanos = Long.parseLong(t[0]) * 1_000_000_000L + Long.parseLong((t[1] + "000000000").substring(0, 9));
                int ttl = !f[13].isEmpty() ? Integer.parseInt(first(f[13])) : f[14].isEmpty() ? 0 : Integer.parseInt(first(f[14]));
                int ipId = f[15].isEmpty() ? -1 : Integer.decode(first(f[15]));
                byte[] payload = f[22].isEmpty() ? new byte[0] : HexFormat.of().parseHex(first(f[22]).replace(":", ""));
                v.add(new ArrayStreamView.Pkt(Integer.parseInt(f[0]) - 1, nanos, fromClient, Integer.decode(first(f[9])),
                        Long.parseLong(first(f[10])), Long.parseLong(first(f[11])), Integer.parseInt(first(f[12])), ttl, ipId,
                        f[16].isEmpty() ? 0 : Integer.parseInt(first(f[16])), analysis, payload));
            }
            out.add(v);
        }
        return out;
    }

    private static String addr(String[] f, int v4, int v6) {
        return !f[v4].isEmpty() ? first(f[v4]) : first(f[v6]);
    }

    private static String first(String s) {
        int c = s.indexOf(',');
        return c < 0 ? s : s.substring(0, c);
    }
}
