package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.ByteSource;
import org.resetlens.capture.FrameIndex;

/**
 * Finds the other fragments of an IPv4 datagram in nearby frames and reassembles it in the frame
 * whose fragment completes it, as Wireshark does. Fragments are searched {@link #WINDOW} frames
 * either side of the frame being dissected.
 */
final class Ipv4Reassembly {
    static final int WINDOW = 1000;

    /** One fragment: where its payload lies in the capture file. */
    private record Fragment(int frame, int offset, int length, boolean last, long payloadPos, int captured) { }

    /**
     * @param completingFrame the frame whose fragment completed the datagram, or -1 when it never completes
     * @param data            the reassembled payload when {@code completingFrame} is the frame asked about, else null
     */
    record Result(int completingFrame, byte[] data) { }

    private Ipv4Reassembly() { }

    static Result find(FrameIndex idx, int frame, long src, long dst, int id, int proto) {
        PacketSummary s = new PacketSummary();
        ByteSource bytes = idx.source();
        List<Fragment> frags = new ArrayList<>();
        int from = Math.max(0, frame - WINDOW), to = Math.min(idx.size(), frame + WINDOW + 1);
        for (int f = from; f < to; f++) {
            s.decode(bytes, idx.dataOffset(f), idx.capturedLength(f), idx.linkType(f));
            if (s.ipVersion != 4 || !s.fragment || s.ipId != id || s.ipProto != proto) continue;
            if (addr(s.src) != src || addr(s.dst) != dst) continue;
            long base = idx.dataOffset(f) + s.l3Offset;
            int ihl = (bytes.u8(base) & 0x0f) * 4;
            int total = bytes.u16(base + 2, true);
            int word = bytes.u16(base + 6, true);
            int len = Math.max(0, total - ihl);
            int captured = Math.max(0, Math.min(len, idx.capturedLength(f) - s.l3Offset - ihl));
            frags.add(new Fragment(f, (word & 0x1fff) * 8, len, (word & 0x2000) == 0, base + ihl, captured));
        }
        List<Fragment> seen = new ArrayList<>();
        for (Fragment fr : frags) {
            seen.add(fr);
            int total = complete(seen);
            if (total >= 0) {
                if (fr.frame != frame) return new Result(fr.frame, null);
                byte[] data = new byte[total];
                // Where fragments overlap, the earliest one's bytes win (as in Wireshark's reassembly).
                for (int k = seen.size() - 1; k >= 0; k--) {
                    Fragment x = seen.get(k);
                    int n = Math.min(x.captured, total - x.offset);
                    if (n > 0) bytes.copy(x.payloadPos, data, x.offset, n);
                }
                return new Result(frame, data);
            }
        }
        return new Result(-1, null);
    }

    /** The datagram length when {@code frags} cover it from 0 to the end of the last fragment, else -1. */
    private static int complete(List<Fragment> frags) {
        int total = -1;
        for (Fragment f : frags) {
            if (f.last) total = f.offset + f.length;
        }
        if (total < 0) return -1;
        int covered = 0;
        boolean progress = true;
        while (covered < total && progress) {
            progress = false;
            for (Fragment f : frags) {
                if (f.offset <= covered && f.offset + f.length > covered) {
                    covered = f.offset + f.length;
                    progress = true;
                }
            }
        }
        return covered >= total ? total : -1;
    }

    private static long addr(byte[] a) {
        return ((a[0] & 0xffL) << 24) | ((a[1] & 0xffL) << 16) | ((a[2] & 0xffL) << 8) | (a[3] & 0xffL);
    }
}
