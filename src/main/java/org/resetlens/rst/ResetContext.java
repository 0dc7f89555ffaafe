package org.resetlens.rst;

import java.util.List;
import java.util.Locale;
import org.resetlens.core.Timestamps;

/**
 * One reset R seen from its stream: R's index, its sender E and peer P (directions 0 client, 1 server),
 * and the numbers the rules share (E.nxt, P.nxt, P's last ACK, the last segment T from P).
 */
final class ResetContext {
    final StreamIndex x;
    final StreamView v;
    final int r, e, p;
    final long rSeq, rAck;
    final boolean rHasAck;
    /** Highest nxtseq E / P had sent before R, or -1. */
    final long eNxt, pNxt;
    /** The last ACK P sent before R (P's next expected sequence number), or -1. */
    final long pLastAck;
    /** The last non-RST segment from P before R, or -1. */
    final int t;
    final CaptureProfile profile;
    final List<AppMessage> messages;
    /** Verdicts already given to earlier resets of this stream, by stream index (null where none). */
    final Verdict[] earlier;
    /** Application message names by stream index (requests and responses). */
    final java.util.Map<Integer, String> labels;

    private InjectionSigns injectionSigns;

    /** The signs of a forged reset, worked out once per reset for the rules that weigh them. */
    InjectionSigns injectionSigns() {
        if (injectionSigns == null) injectionSigns = new InjectionSigns(this);
        return injectionSigns;
    }

    ResetContext(StreamIndex x, int r, CaptureProfile profile, List<AppMessage> messages, Verdict[] earlier,
                 java.util.Map<Integer, String> labels) {
        this.labels = labels;
        this.x = x;
        this.v = x.v;
        this.r = r;
        this.e = x.dir(r);
        this.p = 1 - e;
        this.rSeq = v.seq(r);
        this.rAck = v.ack(r);
        this.rHasAck = v.has(r, StreamView.ACK);
        this.eNxt = x.maxNxt[e][r];
        this.pNxt = x.maxNxt[p][r];
        this.pLastAck = x.lastAck[p][r];
        this.t = x.prevNonRst[p][r];
        this.profile = profile;
        this.messages = messages;
        this.earlier = earlier;
    }

    /** Wireshark's 1-based frame number of stream packet i. */
    int frameNo(int i) {
        return v.frame(i) + 1;
    }

    String eName() {
        return e == 0 ? "client" : "server";
    }

    String pName() {
        return p == 0 ? "client" : "server";
    }

    String eHost() {
        return e == 0 ? v.clientAddress() : v.serverAddress();
    }

    long sinceNanos(int i) {
        return v.timeNanos(r) - v.timeNanos(i);
    }

    /** The crossing window: segments from P arriving this soon after an earlier reset were already in flight. */
    long crossingNanos() {
        return Math.max(2 * Math.max(x.rttNanos, 0), 5_000_000L);
    }

    /** Position of the first message whose request starts at or after {@code index}. */
    private int messagesBelow(int index) {
        int lo = 0, hi = messages.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (messages.get(mid).requestIndex() < index) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The last application request that started before packet {@code index}, or null. */
    AppMessage lastRequestBefore(int index) {
        int k = messagesBelow(index);
        return k == 0 ? null : messages.get(k - 1);
    }

    /** The last application request before {@code index} that had no response before it, or null. */
    AppMessage lastUnansweredBefore(int index) {
        int k = messagesBelow(index);
        for (int j = k - 1; j >= 0 && j >= k - 256; j--) {
            AppMessage m = messages.get(j);
            if (m.responseIndex() < 0 || m.responseIndex() >= index) return m;
        }
        return null;
    }

    String frameRef(int i) {
        return "frame " + frameNo(i);
    }

    static String secs(long nanos) {
        return Timestamps.seconds(nanos, 3) + " s";
    }

    static String ms(long nanos) {
        if (nanos >= 1_000_000_000L) return secs(nanos);
        return Timestamps.millis(nanos, nanos < 1_000_000L ? 3 : 1) + " ms";
    }
}
