package org.resetlens.ui.backend;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;

/**
 * Stand-in row texts from the header summary alone, used until the dissectors are wired: addresses,
 * transport and ports, TCP flags with raw numbers.
 */
final class SummaryRows {
    private final FrameIndex index;
    private final PacketSummary summary = new PacketSummary();

    SummaryRows(FrameIndex index) {
        this.index = index;
    }

    synchronized PacketRow row(int frame) {
        PacketSummary s = summary.decode(index.source(), index.dataOffset(frame), index.capturedLength(frame),
                index.linkType(frame));
        if (s.ipVersion == 0) return new PacketRow("", "", "Frame", "");
        String src = address(s.src, s.ipVersion);
        String dst = address(s.dst, s.ipVersion);
        if (s.tcp) {
            return new PacketRow(src, dst, "TCP", s.srcPort + " → " + s.dstPort + " " + flags(s.tcpFlags)
                    + " Seq=" + s.seqRaw + " Ack=" + s.ackRaw + " Win=" + s.windowRaw + " Len=" + s.tcpLen);
        }
        if (s.udp) return new PacketRow(src, dst, "UDP", s.srcPort + " → " + s.dstPort + " Len=" + (s.udpLength - 8));
        return new PacketRow(src, dst, s.ipVersion == 4 ? "IPv4" : "IPv6", "");
    }

    private static String address(byte[] a, int version) {
        try {
            return InetAddress.getByAddress(version == 4 ? Arrays.copyOf(a, 4) : a).getHostAddress();
        } catch (UnknownHostException e) {
            return "?";
        }
    }

    private static String flags(int f) {
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        StringBuilder sb = new StringBuilder("[");
        for (int i : order) {
            if ((f & (1 << i)) != 0) sb.append(sb.length() > 1 ? ", " : "").append(names[i]);
        }
        return sb.append(']').toString();
    }
}
