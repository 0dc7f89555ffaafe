package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code resource-exhaustion}: the listener resets the ACK that completes a handshake (accept queue full,
 * {@code tcp_abort_on_overflow}), typically to several connections at once while others to the service work.
 */
final class ResourceExhaustionRule implements Rule {
    private static final long BURST_NANOS = 1_000_000_000L;

    @Override
    public Cause cause() {
        return Cause.RESOURCE_EXHAUSTION;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        int t = c.t;
        if (c.e != 1 || t < 0 || x.hsSynAck < 0 || x.hsSynAck > c.r) return null;
        if (x.prevData[0][c.r] >= 0 || x.prevData[1][c.r] >= 0) return null;
        if ((v.flags(t) & (StreamView.SYN | StreamView.FIN | StreamView.ACK)) != StreamView.ACK || v.len(t) > 0) {
            return null;
        }
        long synAckNext = v.nxtseq(x.hsSynAck);
        if (v.ack(t) != synAckNext || c.rSeq != v.ack(t)) return null;
        List<String> f = new ArrayList<>();
        f.add("R answers P's ACK in frame " + c.frameNo(t) + " that completes the handshake (ack " + v.ack(t)
                + " = SYN/ACK seq + 1); no data was ever exchanged");
        int synAcks = 0;
        for (int i = x.hsSynAck; i >= 0 && i < c.r; i = x.nextNonRst[1][i]) {
            if (v.has(i, StreamView.SYN)) synAcks++;
        }
        if (synAcks > 1) f.add("E sent its SYN/ACK " + synAcks + " times: it still held the half-open connection");
        CaptureProfile.Service service = CaptureProfile.service(v);
        int near = c.profile.resetsNear(service, x.t(c.r), BURST_NANOS, v.stream(), 50);
        if (near > 0) f.add(near + " other connection" + (near == 1 ? "" : "s") + " to " + service
                + " reset by the server within 1 s");
        int ok = c.profile.successes(service);
        if (ok > 0) f.add(ok + " other connection" + (ok == 1 ? "" : "s") + " to " + service + " succeeded");
        Confidence conf = near >= 2 || synAcks > 1 ? Confidence.HIGH : Confidence.MEDIUM;
        return new Verdict(Cause.RESOURCE_EXHAUSTION, conf, t, f);
    }
}
