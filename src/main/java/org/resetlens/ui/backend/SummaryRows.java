package org.resetlens.ui.backend;

import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.Addresses;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;

/**
 * Stand-in row texts from the header summary and the model's TCP columns, used until the
 * dissectors are wired: addresses, transport, ports, TCP flags and relative numbers.
 */
final class SummaryRows {
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
    private final FrameIndex index;
    private final FrameColumns columns;
    private final Analysis analysis;
    private final PacketSummary summary = new PacketSummary();

    /** {@code columns} may be read while they grow; {@code analysis} is null while loading. */
    SummaryRows(FrameIndex index, FrameColumns columns, Analysis analysis) {
        this.index = index;
        this.columns = columns;
        this.analysis = analysis;
    }

    synchronized PacketRow row(int frame) {
        PacketSummary s = summary.decode(index.source(), index.dataOffset(frame), index.capturedLength(frame),
                index.linkType(frame));
        if (s.ipVersion == 0) return new PacketRow("", "", s.etherType == PacketSummary.ETHERTYPE_ARP ? "ARP" : "Frame", "");
        String src = Addresses.format(s.src, s.ipVersion);
        String dst = Addresses.format(s.dst, s.ipVersion);
        if (s.tcp) {
            boolean analysed = columns != null && frame < columns.size() && columns.isTcp(frame);
            long seq = analysed ? columns.seq(frame) : s.seqRaw;
            long ack = analysed ? columns.ack(frame) : s.ackRaw;
            long win = analysis != null && analysed ? analysis.tcpWindowSize(frame) : s.windowRaw;
            String prefix = analysis != null && analysed ? analysis.tcpInfoPrefix(frame) : "";
            StringBuilder info = new StringBuilder(prefix).append(s.srcPort).append(" → ").append(s.dstPort)
                    .append(' ').append(flags(s.tcpFlags)).append(" Seq=").append(seq);
            if (s.hasFlag(PacketSummary.ACK)) info.append(" Ack=").append(ack);
            info.append(" Win=").append(win).append(" Len=").append(s.tcpLen);
            return new PacketRow(src, dst, "TCP", info.toString());
        }
        if (s.udp) return new PacketRow(src, dst, "UDP", s.srcPort + " → " + s.dstPort + " Len=" + Math.max(0, s.udpLength - 8));
        if (s.icmpType >= 0) return new PacketRow(src, dst, s.ipVersion == 4 ? "ICMP" : "ICMPv6", "type " + s.icmpType
                + ", code " + s.icmpCode);
        return new PacketRow(src, dst, s.ipVersion == 4 ? "IPv4" : "IPv6", "");
    }

    private static String flags(int f) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((f & (1 << i)) != 0) sb.append(sb.length() > 1 ? ", " : "").append(FLAG_NAMES[i]);
        }
        return sb.append(']').toString();
    }
}
