package org.resetlens.query;

import java.util.List;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.FieldValue;
import org.resetlens.filter.ColumnSource;
import org.resetlens.filter.FieldColumn;
import org.resetlens.filter.FrameFields;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpConversation;

/**
 * The TCP fields a display filter can read from the load pass's {@link FrameColumns} without
 * dissecting: {@code tcp}, {@code tcp.stream}, {@code tcp.flags} and its flag bits, the ports and
 * {@code tcp.window_size_value}. A frame whose TCP header the load pass decoded directly is answered
 * from the columns; any other frame (UDP, ICMP errors quoting TCP, IP fragments, tunnels...) is
 * answered from {@code fallback} (its dissection), so results always equal the dissection's.
 * Shared by the CLI and the window: package {@code query} is where filters meet the model's columns.
 */
public final class AnalysisColumns implements ColumnSource {
    private final FrameColumns frames;
    private final FrameFields fallback;
    private final FieldDef tcp, stream, flags, srcPort, dstPort, port, window;
    private final FieldDef[] flagBits;
    /** Per TCP stream: the port of its first sender (endpoint A) and of the other endpoint (B). */
    private final int[] portA, portB;

    public AnalysisColumns(Analysis analysis, FieldRegistry registry, FrameFields fallback) {
        this.frames = analysis.frames();
        this.fallback = fallback;
        tcp = find(registry, "tcp");
        stream = find(registry, "tcp.stream");
        flags = find(registry, "tcp.flags");
        srcPort = find(registry, "tcp.srcport");
        dstPort = find(registry, "tcp.dstport");
        port = find(registry, "tcp.port");
        window = find(registry, "tcp.window_size_value");
        String[] bits = {"tcp.flags.fin", "tcp.flags.syn", "tcp.flags.reset", "tcp.flags.push", "tcp.flags.ack",
                "tcp.flags.urg", "tcp.flags.ece", "tcp.flags.cwr"};
        flagBits = new FieldDef[bits.length];
        for (int i = 0; i < bits.length; i++) flagBits[i] = find(registry, bits[i]);
        List<TcpConversation> convs = analysis.conversations();
        portA = new int[convs.size()];
        portB = new int[convs.size()];
        for (TcpConversation c : convs) {
            boolean aIsClient = c.firstSenderIsClient();
            portA[c.stream()] = aIsClient ? c.clientPort() : c.serverPort();
            portB[c.stream()] = aIsClient ? c.serverPort() : c.clientPort();
        }
    }

    private static FieldDef find(FieldRegistry registry, String name) {
        return registry.find(name).orElse(null);
    }

    /** True when the load pass decoded this frame's one TCP header itself (so the columns are exact). */
    private boolean direct(int frame) {
        return frames.isTcp(frame) && frames.haveSegmentLength(frame);
    }

    private int sourcePort(int frame) {
        int s = frames.stream(frame);
        return frames.fromSecondEndpoint(frame) ? portB[s] : portA[s];
    }

    private int destinationPort(int frame) {
        int s = frames.stream(frame);
        return frames.fromSecondEndpoint(frame) ? portA[s] : portB[s];
    }

    @Override
    public FieldColumn column(FieldDef f) {
        if (f == null) return null;
        if (f.equals(tcp)) return once(f, frame -> 1);
        if (f.equals(stream)) return once(f, frames::stream);
        if (f.equals(flags)) return once(f, frames::tcpFlags);
        if (f.equals(srcPort)) return once(f, this::sourcePort);
        if (f.equals(dstPort)) return once(f, this::destinationPort);
        if (f.equals(window)) return once(f, frames::rawWindow);
        if (f.equals(port)) return ports(f);
        for (int i = 0; i < flagBits.length; i++) {
            if (f.equals(flagBits[i])) {
                int mask = 1 << i;
                return once(f, frame -> (frames.tcpFlags(frame) & mask) != 0 ? 1 : 0);
            }
        }
        return null;
    }

    /** A field present once in every directly decoded TCP frame. */
    private FieldColumn once(FieldDef f, java.util.function.IntToLongFunction value) {
        return new FieldColumn() {
            @Override
            public int count(int frame) {
                return direct(frame) ? 1 : fallback.values(frame, f).size();
            }

            @Override
            public long value(int frame, int i) {
                return direct(frame) ? value.applyAsLong(frame) : asLong(fallback.values(frame, f).get(i));
            }
        };
    }

    /** {@code tcp.port}: the source port, then the destination port. */
    private FieldColumn ports(FieldDef f) {
        return new FieldColumn() {
            @Override
            public int count(int frame) {
                return direct(frame) ? 2 : fallback.values(frame, f).size();
            }

            @Override
            public long value(int frame, int i) {
                if (!direct(frame)) return asLong(fallback.values(frame, f).get(i));
                return i == 0 ? sourcePort(frame) : destinationPort(frame);
            }
        };
    }

    private static long asLong(FieldValue v) {
        Object o = v.value();
        if (o instanceof Boolean b) return b ? 1 : 0;
        long n = ((Number) o).longValue();
        return v.field().type() == FieldType.BOOLEAN ? (n != 0 ? 1 : 0) : n;
    }
}
