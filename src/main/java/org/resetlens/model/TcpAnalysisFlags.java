package org.resetlens.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Wireshark's TCP sequence-analysis flags (packet-tcp.c {@code TCP_A_*}), their display-filter
 * names, and the Info-column prefix tshark builds from them.
 */
public final class TcpAnalysisFlags {
    public static final int RETRANSMISSION = 0x0001;
    public static final int LOST_PACKET = 0x0002;
    public static final int ACK_LOST_PACKET = 0x0004;
    public static final int KEEP_ALIVE = 0x0008;
    public static final int DUPLICATE_ACK = 0x0010;
    public static final int ZERO_WINDOW = 0x0020;
    public static final int ZERO_WINDOW_PROBE = 0x0040;
    public static final int ZERO_WINDOW_PROBE_ACK = 0x0080;
    public static final int KEEP_ALIVE_ACK = 0x0100;
    public static final int OUT_OF_ORDER = 0x0200;
    public static final int FAST_RETRANSMISSION = 0x0400;
    public static final int WINDOW_UPDATE = 0x0800;
    public static final int WINDOW_FULL = 0x1000;
    public static final int REUSED_PORTS = 0x2000;
    public static final int SPURIOUS_RETRANSMISSION = 0x4000;

    private TcpAnalysisFlags() { }

    /** One flag and the {@code tcp.analysis.*} field (expert item) Wireshark adds for it. */
    public record Flag(int bit, String field) { }

    /** Every flag, in the order Wireshark's tree lists them. */
    public static final List<Flag> ALL = List.of(
            new Flag(REUSED_PORTS, "tcp.analysis.reused_ports"),
            new Flag(RETRANSMISSION, "tcp.analysis.retransmission"),
            new Flag(FAST_RETRANSMISSION, "tcp.analysis.fast_retransmission"),
            new Flag(SPURIOUS_RETRANSMISSION, "tcp.analysis.spurious_retransmission"),
            new Flag(OUT_OF_ORDER, "tcp.analysis.out_of_order"),
            new Flag(LOST_PACKET, "tcp.analysis.lost_segment"),
            new Flag(ACK_LOST_PACKET, "tcp.analysis.ack_lost_segment"),
            new Flag(WINDOW_UPDATE, "tcp.analysis.window_update"),
            new Flag(WINDOW_FULL, "tcp.analysis.window_full"),
            new Flag(KEEP_ALIVE, "tcp.analysis.keep_alive"),
            new Flag(KEEP_ALIVE_ACK, "tcp.analysis.keep_alive_ack"),
            new Flag(DUPLICATE_ACK, "tcp.analysis.duplicate_ack"),
            new Flag(ZERO_WINDOW_PROBE, "tcp.analysis.zero_window_probe"),
            new Flag(ZERO_WINDOW, "tcp.analysis.zero_window"),
            new Flag(ZERO_WINDOW_PROBE_ACK, "tcp.analysis.zero_window_probe_ack"));

    /**
     * True when the display-filter field {@code field} is present for a frame with these flags.
     * Wireshark also raises the plain retransmission item for fast and spurious retransmissions.
     */
    public static boolean matches(String field, int flags) {
        if (field.equals("tcp.analysis.flags")) return flags != 0;
        if (field.equals("tcp.analysis.retransmission")) {
            return (flags & (RETRANSMISSION | FAST_RETRANSMISSION | SPURIOUS_RETRANSMISSION)) != 0;
        }
        for (Flag f : ALL) {
            if (f.field.equals(field)) return (flags & f.bit) != 0;
        }
        return false;
    }

    /** The fields present for a frame with these flags, in tree order. */
    public static List<String> fields(int flags) {
        List<String> out = new ArrayList<>(2);
        for (Flag f : ALL) {
            if ((flags & f.bit) != 0) out.add(f.field);
        }
        return out;
    }

    /**
     * The text tshark puts before the ports in the Info column, e.g. {@code "[TCP Dup ACK 12#1] "}.
     * Wireshark prepends each item, so the last one printed comes first.
     *
     * @param dupAckFrame 1-based frame number of the original ACK (only used with DUPLICATE_ACK)
     */
    public static String infoPrefix(int flags, int dupAckFrame, int dupAckNum) {
        if (flags == 0) return "";
        List<String> printed = new ArrayList<>(3);
        if ((flags & REUSED_PORTS) != 0) printed.add("[TCP Port numbers reused] ");
        if ((flags & RETRANSMISSION) != 0) printed.add("[TCP Retransmission] ");
        if ((flags & FAST_RETRANSMISSION) != 0) printed.add("[TCP Fast Retransmission] ");
        if ((flags & SPURIOUS_RETRANSMISSION) != 0) printed.add("[TCP Spurious Retransmission] ");
        if ((flags & OUT_OF_ORDER) != 0) printed.add("[TCP Out-Of-Order] ");
        if ((flags & LOST_PACKET) != 0) printed.add("[TCP Previous segment not captured] ");
        if ((flags & ACK_LOST_PACKET) != 0) printed.add("[TCP ACKed unseen segment] ");
        if ((flags & WINDOW_UPDATE) != 0) printed.add("[TCP Window Update] ");
        if ((flags & WINDOW_FULL) != 0) printed.add("[TCP Window Full] ");
        if ((flags & KEEP_ALIVE) != 0) printed.add("[TCP Keep-Alive] ");
        if ((flags & KEEP_ALIVE_ACK) != 0) printed.add("[TCP Keep-Alive ACK] ");
        if ((flags & DUPLICATE_ACK) != 0 && dupAckNum != 0) {
            printed.add("[TCP Dup ACK " + dupAckFrame + "#" + dupAckNum + "] ");
        }
        if ((flags & ZERO_WINDOW_PROBE) != 0) printed.add("[TCP ZeroWindowProbe] ");
        if ((flags & ZERO_WINDOW) != 0) printed.add("[TCP ZeroWindow] ");
        if ((flags & ZERO_WINDOW_PROBE_ACK) != 0) printed.add("[TCP ZeroWindowProbeAck] ");
        StringBuilder sb = new StringBuilder(32);
        for (int i = printed.size() - 1; i >= 0; i--) sb.append(printed.get(i));
        return sb.toString();
    }
}
