package org.resetlens.rst;

import java.util.Arrays;

/**
 * Per-stream facts prepared in one forward and one backward pass, so each rule answers a question about
 * "the state just before packet i" in constant time. Direction 0 is the client, 1 the server; every
 * {@code prev*} array holds, at position i, the value over packets 0..i-1, every {@code next*} array the
 * value over packets i+1..n-1; -1 means none.
 */
final class StreamIndex {
    final StreamView v;
    final int n;
    final int[][] prevFrom, prevNonRst, prevData, prevRst, turnStart, zeroRunStart, kaRunStart, kaCount, pshInTurn;
    final long[][] maxNxt, lastAck;
    final int[][] nextNonRst, nextData, nextRst;
    /*
     * Per direction: the distinct TTLs of the non-RST packets of the whole stream and their counts
     * (usually one value, so no 256-entry histogram per stream).
     */
    private final int[][] ttlValues = {new int[2], new int[2]}, ttlCounts = {new int[2], new int[2]};
    private final int[] ttlDistinct = new int[2];
    /**
     * Per direction: the most common TTL (-1 when none; the lowest on a tie), how many packets it
     * counts, and how many packets have a TTL at all.
     */
    final int[] ttlMode = {-1, -1}, ttlModeCount = {0, 0}, ttlSamples = {0, 0};
    /** Handshake packets (client SYN, server SYN/ACK, client ACK), or -1. */
    int hsSyn = -1, hsSynAck = -1, hsAck = -1;
    final int[] firstFin = {-1, -1};
    final int[] firstSyn = {-1, -1};
    final boolean[] keepAlive;
    /** Per direction: nxtseq -> the packets (with data, SYN or FIN) that reached it, the first first. */
    private final NumberIndex[] reaching = {new NumberIndex(), new NumberIndex()};
    /** Per direction: ack value -> non-RST packets with the ACK flag carrying it. */
    private final NumberIndex[] byAck = {new NumberIndex(), new NumberIndex()};
    /** Per direction: seq -> data packets starting there (original and retransmissions). */
    private final NumberIndex[] dataBySeq = {new NumberIndex(), new NumberIndex()};
    /** Capture-point round-trip time estimate in nanoseconds, or -1. */
    final long rttNanos;

    StreamIndex(StreamView v) {
        this.v = v;
        n = v.size();
        prevFrom = ints(n);
        prevNonRst = ints(n);
        prevData = ints(n);
        prevRst = ints(n);
        turnStart = ints(n);
        zeroRunStart = ints(n);
        kaRunStart = ints(n);
        kaCount = ints(n);
        pshInTurn = ints(n);
        maxNxt = longs(n);
        lastAck = longs(n);
        nextNonRst = ints(n);
        nextData = ints(n);
        nextRst = ints(n);
        keepAlive = new boolean[n];

        forward();
        backward();
        rttNanos = estimateRtt();
        for (int d = 0; d < 2; d++) ttlMode(d);
    }

    /** The prev* facts, the handshake, keep-alives, zero-window runs and the lookup maps, packet by packet. */
    private void forward() {
        int[] pf = {-1, -1}, pn = {-1, -1}, pd = {-1, -1}, pr = {-1, -1}, ts = {-1, -1}, zr = {-1, -1},
                kr = {-1, -1}, kc = {0, 0}, pt = {0, 0};
        long[] mx = {-1, -1}, la = {-1, -1};
        int lastDataDir = -1;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 2; d++) {
                prevFrom[d][i] = pf[d];
                prevNonRst[d][i] = pn[d];
                prevData[d][i] = pd[d];
                prevRst[d][i] = pr[d];
                turnStart[d][i] = ts[d];
                zeroRunStart[d][i] = zr[d];
                kaRunStart[d][i] = kr[d];
                kaCount[d][i] = kc[d];
                pshInTurn[d][i] = pt[d];
                maxNxt[d][i] = mx[d];
                lastAck[d][i] = la[d];
            }
            int d = dir(i);
            int o = 1 - d;
            int f = v.flags(i);
            pf[d] = i;
            // anything from the other side ends this side's run of unanswered keep-alives
            kr[o] = -1;
            kc[o] = 0;
            if ((f & StreamView.RST) != 0) {
                pr[d] = i;
                continue;
            }
            pn[d] = i;
            int ttl = v.ttl(i);
            if (ttl > 0 && ttl < 256) countTtl(d, ttl);
            if ((f & (StreamView.SYN | StreamView.ACK)) == StreamView.SYN && d == 0 && hsSyn < 0) hsSyn = i;
            else if ((f & (StreamView.SYN | StreamView.ACK)) == (StreamView.SYN | StreamView.ACK) && d == 1
                    && hsSyn >= 0 && hsSynAck < 0) hsSynAck = i;
            else if ((f & (StreamView.SYN | StreamView.ACK)) == StreamView.ACK && d == 0 && hsSynAck >= 0
                    && hsAck < 0) hsAck = i;
            int len = v.len(i);
            long nxt = v.nxtseq(i);
            boolean ka = (v.analysis(i) & StreamView.A_KEEP_ALIVE) != 0
                    || (len <= 1 && (f & (StreamView.SYN | StreamView.FIN)) == 0 && (f & StreamView.ACK) != 0
                    && mx[d] >= 0 && Seq.diff(v.seq(i), mx[d]) == -1);
            keepAlive[i] = ka;
            if (ka) {
                if (kr[d] < 0) kr[d] = i;
                kc[d]++;
            }
            if ((f & StreamView.SYN) != 0 && firstSyn[d] < 0) firstSyn[d] = i;
            if ((f & StreamView.FIN) != 0 && firstFin[d] < 0) firstFin[d] = i;
            if (len > 0 && !ka) {
                pd[d] = i;
                if (lastDataDir != d) {
                    ts[d] = i;
                    pt[d] = 0;
                }
                if ((f & StreamView.PSH) != 0) pt[d]++;
                lastDataDir = d;
                dataBySeq[d].add(v.seq(i), i);
            }
            if ((len > 0 && !ka) || (f & (StreamView.SYN | StreamView.FIN)) != 0) {
                reaching[d].add(nxt, i);
            }
            if (mx[d] < 0 || Seq.after(nxt, mx[d])) mx[d] = nxt;
            if ((f & StreamView.ACK) != 0) {
                la[d] = v.ack(i);
                byAck[d].add(v.ack(i), i);
            }
            boolean zeroWindow = (v.analysis(i) & StreamView.A_ZERO_WINDOW) != 0
                    || (v.window(i) == 0 && (f & StreamView.SYN) == 0);
            if (zeroWindow) {
                if (zr[d] < 0) zr[d] = i;
            } else {
                zr[d] = -1;
            }
        }
    }

    /* One array per direction, allocated one by one: a two-dimensional "new" is a runtime call until compiled. */
    private static int[][] ints(int n) {
        return new int[][] {new int[n], new int[n]};
    }

    private static long[][] longs(int n) {
        return new long[][] {new long[n], new long[n]};
    }

    /** The next* facts, from the last packet back. */
    private void backward() {
        int[] nn = {-1, -1}, nd = {-1, -1}, nr = {-1, -1};
        for (int i = n - 1; i >= 0; i--) {
            for (int d = 0; d < 2; d++) {
                nextNonRst[d][i] = nn[d];
                nextData[d][i] = nd[d];
                nextRst[d][i] = nr[d];
            }
            if (v.has(i, StreamView.RST)) {
                nr[dir(i)] = i;
                continue;
            }
            int d = dir(i);
            nn[d] = i;
            if (v.len(i) > 0 && !keepAlive[i] || v.has(i, StreamView.FIN)) nd[d] = i;
        }
    }

    private void countTtl(int d, int ttl) {
        int[] values = ttlValues[d];
        int k = 0;
        while (k < ttlDistinct[d] && values[k] != ttl) k++;
        if (k == ttlDistinct[d]) {
            if (k == values.length) {
                ttlValues[d] = values = Arrays.copyOf(values, k * 2);
                ttlCounts[d] = Arrays.copyOf(ttlCounts[d], k * 2);
            }
            values[k] = ttl;
            ttlDistinct[d]++;
        }
        ttlCounts[d][k]++;
    }

    private void ttlMode(int d) {
        int samples = 0, mode = -1, modeCount = 0;
        for (int k = 0; k < ttlDistinct[d]; k++) {
            int t = ttlValues[d][k], count = ttlCounts[d][k];
            samples += count;
            if (count > modeCount || (count == modeCount && t < mode)) {
                mode = t;
                modeCount = count;
            }
        }
        ttlMode[d] = mode;
        ttlModeCount[d] = modeCount;
        ttlSamples[d] = samples;
    }

    int dir(int i) {
        return v.fromClient(i) ? 0 : 1;
    }

    long t(int i) {
        return v.timeNanos(i);
    }

    boolean isRst(int i) {
        return v.has(i, StreamView.RST);
    }

    /** Packets from direction d carrying ACK = value, before packet {@code before}, at most the last {@code max}. */
    int[] ackCarriers(int d, long value, int before, int max) {
        return byAck[d].lastBelow(value, before, max);
    }

    /** The first packet from d carrying ACK = value after packet {@code after} and before {@code before}, or -1. */
    int firstAckCarrierAfter(int d, long value, int after, int before) {
        return byAck[d].firstBetween(value, after, before);
    }

    int ackCarrierCount(int d, long value, int before) {
        return byAck[d].countBelow(value, before);
    }

    /** The first packet from d (with data, SYN or FIN) whose nxtseq is {@code value}, or -1. */
    int firstReaching(int d, long value) {
        return reaching[d].first(value);
    }

    /** Data packets from d starting at {@code seq}, sent before packet {@code before}, in order. */
    int[] dataAt(int d, long seq, int before) {
        return dataBySeq[d].lastBelow(seq, before, Integer.MAX_VALUE);
    }

    private long estimateRtt() {
        int syn = firstSyn[0];
        if (syn >= 0) {
            // SYN -> SYN/ACK -> ACK as seen at the capture point: one full round trip
            for (int i = syn + 1; i < n && i < syn + 64; i++) {
                if (dir(i) == 1 && v.has(i, StreamView.SYN) && v.has(i, StreamView.ACK)) {
                    for (int j = i + 1; j < n && j < i + 64; j++) {
                        if (dir(j) == 0 && !v.has(j, StreamView.SYN) && v.has(j, StreamView.ACK) && !isRst(j)) {
                            return t(j) - t(syn);
                        }
                    }
                    return t(i) - t(syn);
                }
            }
        }
        long[] best = {-1, -1};
        for (int i = 1; i < n && i < 4096; i++) {
            int d = dir(i);
            int k = i - 1;
            if (dir(k) == d || isRst(i) || isRst(k) || v.len(k) == 0 || !v.has(i, StreamView.ACK)) continue;
            if (v.ack(i) != v.nxtseq(k)) continue;
            long dt = t(i) - t(k);
            if (dt >= 0 && (best[d] < 0 || dt < best[d])) best[d] = dt;
        }
        if (best[0] >= 0 && best[1] >= 0) return best[0] + best[1];
        return Math.max(best[0], best[1]) < 0 ? -1 : 2 * Math.max(best[0], best[1]);
    }
}
