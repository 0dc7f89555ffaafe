package org.resetlens.rst;

import java.util.List;

/**
 * Builds a stream view by hand for rule tests: each packet is (time in ms, direction, flags, raw seq, raw ack,
 * length); frames are numbered from {@code firstFrame} in the order added. TTL and IP-ID default per side.
 */
final class StreamBuilder {
    private final ArrayStreamView v;
    private int frame;
    int clientTtl = 64, serverTtl = 63;
    private int clientId = 0x1000, serverId = 0x2000;
    int window = 502;

    StreamBuilder(int stream, int firstFrame) {
        v = new ArrayStreamView(stream, "10.0.0.1", 40000 + stream, "10.0.0.2", 445);
        frame = firstFrame;
    }

    StreamBuilder() {
        this(0, 0);
    }

    static int flags(String f) {
        int x = 0;
        for (char ch : f.toCharArray()) {
            x |= switch (ch) {
                case 'S' -> StreamView.SYN;
                case 'A' -> StreamView.ACK;
                case 'F' -> StreamView.FIN;
                case 'R' -> StreamView.RST;
                case 'P' -> StreamView.PSH;
                default -> throw new IllegalArgumentException(f);
            };
        }
        return x;
    }

    /** A client packet. */
    StreamBuilder c(double ms, String flags, long seq, long ack, int len) {
        return add(ms, true, flags, seq, ack, len, clientTtl, clientId++, window, 0);
    }

    /** A server packet. */
    StreamBuilder s(double ms, String flags, long seq, long ack, int len) {
        return add(ms, false, flags, seq, ack, len, serverTtl, serverId++, window, 0);
    }

    StreamBuilder add(double ms, boolean fromClient, String flags, long seq, long ack, int len, int ttl, int ipId,
                      int win, int analysis) {
        v.add(new ArrayStreamView.Pkt(frame++, Math.round(ms * 1e6), fromClient, flags(flags), seq & 0xffffffffL,
                ack & 0xffffffffL, len, ttl, ipId, win, analysis, null));
        return this;
    }

    /** A stateless-looking reset (IP-ID 0, window 0) from the given side. */
    StreamBuilder rst(double ms, boolean fromClient, String flags, long seq, long ack, int ttl) {
        return add(ms, fromClient, flags, seq, ack, 0, ttl, 0, 0, 0);
    }

    /** The standard handshake: client ISN ci, server ISN si, at 0, 0.05 and 0.1 ms... scaled by rttMs. */
    StreamBuilder handshake(long ci, long si, double rttMs) {
        c(0, "S", ci, 0, 0);
        s(rttMs / 2, "SA", si, ci + 1, 0);
        return c(rttMs, "A", ci + 1, si + 1, 0);
    }

    ArrayStreamView view() {
        return v;
    }

    /** Frame number (1-based) of the packet added n-th (0-based). */
    int frameNo(int n) {
        return v.frame(n) + 1;
    }

    /** Runs one rule on the last reset of the stream, with a profile of the given streams. */
    static Verdict evaluate(Rule rule, StreamView v, StreamView... others) {
        CaptureProfile profile = new CaptureProfile();
        profile.add(v);
        for (StreamView o : others) profile.add(o);
        StreamIndex x = new StreamIndex(v);
        Verdict[] earlier = new Verdict[x.n];
        Verdict last = null;
        for (int r = 0; r < x.n; r++) {
            if (!x.isRst(r)) continue;
            ResetContext c = new ResetContext(x, r, profile, List.of(), earlier, java.util.Map.of());
            last = rule.evaluate(c);
            earlier[r] = last;
        }
        return last;
    }
}
