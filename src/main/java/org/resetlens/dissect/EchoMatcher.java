package org.resetlens.dissect;

import org.resetlens.capture.ByteSource;
import org.resetlens.capture.FrameIndex;

/**
 * Pairs ICMP/ICMPv6 echo requests and replies across frames, as Wireshark's "(reply in N)" /
 * "(request in N)": same identifier and sequence number, addresses swapped; the first later reply
 * answers a request, a reply answers the latest earlier request. Searches {@link #WINDOW} frames.
 */
final class EchoMatcher {
    static final int WINDOW = 1000;

    private EchoMatcher() { }

    /**
     * The 0-based frame of the counterpart of the echo message in {@code frame}, or -1.
     *
     * @param request  true for a request (types 8 / 128), false for a reply (0 / 129)
     * @param v6       ICMPv6 rather than ICMP
     * @param src      the message's IP source address bytes; {@code dst} its destination
     */
    static int counterpart(FrameIndex idx, int frame, boolean request, boolean v6, int id, int seq, byte[] src,
                           byte[] dst) {
        int wantType = v6 ? (request ? 129 : 128) : (request ? 0 : 8);
        PacketSummary s = new PacketSummary();
        ByteSource bytes = idx.source();
        int step = request ? 1 : -1;
        int stop = request ? Math.min(idx.size(), frame + WINDOW + 1) : Math.max(-1, frame - WINDOW - 1);
        for (int f = frame + step; f != stop; f += step) {
            s.decode(bytes, idx.dataOffset(f), idx.capturedLength(f), idx.linkType(f));
            if (s.icmpType != wantType || s.ipVersion != (v6 ? 6 : 4) || s.l4Offset < 0) continue;
            int n = v6 ? 16 : 4;
            if (!same(s.src, dst, n) || !same(s.dst, src, n)) continue;
            long at = idx.dataOffset(f) + s.l4Offset;
            if (s.l4Offset + 8 > idx.capturedLength(f)) continue;
            if (bytes.u16(at + 4, true) != id || bytes.u16(at + 6, true) != seq) continue;
            if (s.fragment) {
                // A first fragment: the message is dissected in the frame that completes the datagram.
                Ipv4Reassembly.Result r = Ipv4Reassembly.find(idx, f, addr(s.src), addr(s.dst), s.ipId, s.ipProto);
                if (r.completingFrame() < 0 || r.completingFrame() == frame) continue;
                return r.completingFrame();
            }
            return f;
        }
        return -1;
    }

    private static boolean same(byte[] a, byte[] b, int n) {
        if (b == null || b.length < n) return false;
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    private static long addr(byte[] a) {
        return ((a[0] & 0xffL) << 24) | ((a[1] & 0xffL) << 16) | ((a[2] & 0xffL) << 8) | (a[3] & 0xffL);
    }
}
