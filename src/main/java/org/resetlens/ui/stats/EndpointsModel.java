package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.Addresses;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.ConversationRow;

/**
 * Statistics › Endpoints without a window: per IPv4/IPv6 address (from each frame's IP header) and per
 * TCP/UDP address and port (summed over the conversations): packets and bytes, sent and received.
 */
public final class EndpointsModel {
    /** One endpoint; {@code port} is -1 for IP endpoints; bytes are frame lengths. */
    public record Endpoint(String address, int port, long txPackets, long txBytes, long rxPackets, long rxBytes) {
        public long packets() {
            return txPackets + rxPackets;
        }

        public long bytes() {
            return txBytes + rxBytes;
        }
    }

    private final CaptureSession session;

    public EndpointsModel(CaptureSession session) {
        this.session = session;
    }

    /** The IPv4 ({@code version} 4) or IPv6 (6) endpoints, by first appearance. */
    public List<Endpoint> ip(int version) {
        FrameIndex frames = session.frames();
        PacketSummary p = new PacketSummary();
        Map<String, long[]> acc = new LinkedHashMap<>();
        int n = frames.size();
        for (int f = 0; f < n; f++) {
            p.decode(frames.source(), frames.dataOffset(f), frames.capturedLength(f), frames.linkType(f));
            if (p.ipVersion != version) continue;
            long len = frames.originalLength(f);
            add(acc, Addresses.format(p.src, version), 0, len);
            add(acc, Addresses.format(p.dst, version), 2, len);
        }
        List<Endpoint> out = new ArrayList<>();
        acc.forEach((k, v) -> out.add(new Endpoint(k, -1, v[0], v[1], v[2], v[3])));
        return out;
    }

    /** The TCP or UDP endpoints (address and port), by first appearance in the conversations. */
    public List<Endpoint> transport(ConversationRow.Transport transport) {
        Map<String, long[]> acc = new LinkedHashMap<>();
        Map<String, Object[]> keys = new LinkedHashMap<>();
        for (ConversationRow c : session.conversations()) {
            if (c.transport() != transport) continue;
            String a = c.addressA() + "\u0000" + c.portA(), b = c.addressB() + "\u0000" + c.portB();
            keys.putIfAbsent(a, new Object[] {c.addressA(), c.portA()});
            keys.putIfAbsent(b, new Object[] {c.addressB(), c.portB()});
            long[] x = acc.computeIfAbsent(a, k -> new long[4]);
            x[0] += c.packetsAtoB(); x[1] += c.bytesAtoB(); x[2] += c.packetsBtoA(); x[3] += c.bytesBtoA();
            long[] y = acc.computeIfAbsent(b, k -> new long[4]);
            y[0] += c.packetsBtoA(); y[1] += c.bytesBtoA(); y[2] += c.packetsAtoB(); y[3] += c.bytesAtoB();
        }
        List<Endpoint> out = new ArrayList<>();
        acc.forEach((k, v) -> out.add(new Endpoint((String) keys.get(k)[0], (Integer) keys.get(k)[1], v[0], v[1], v[2],
                v[3])));
        return out;
    }

    private static void add(Map<String, long[]> acc, String key, int at, long len) {
        long[] v = acc.computeIfAbsent(key, k -> new long[4]);
        v[at]++;
        v[at + 1] += len;
    }

    /** The rows as a window table. */
    public static StatTable table(String title, List<Endpoint> endpoints) {
        List<List<String>> rows = new ArrayList<>();
        for (Endpoint e : endpoints) {
            rows.add(List.of(e.address(), e.port() < 0 ? "" : Integer.toString(e.port()), Long.toString(e.packets()),
                    Long.toString(e.bytes()), Long.toString(e.txPackets()), Long.toString(e.txBytes()),
                    Long.toString(e.rxPackets()), Long.toString(e.rxBytes())));
        }
        return new StatTable(title, List.of("Address", "Port", "Packets", "Bytes", "Tx Packets", "Tx Bytes",
                "Rx Packets", "Rx Bytes"), rows);
    }
}
