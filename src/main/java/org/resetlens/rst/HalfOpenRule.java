package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/** {@code half-open}: E no longer knows the connection and answers P's segment T with R.seq = T.ack, no ACK bit. */
final class HalfOpenRule implements Rule {
    private static final long IDLE_NANOS = 1_000_000_000L;

    @Override
    public Cause cause() {
        return Cause.HALF_OPEN;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int t = c.t;
        StreamView v = c.v;
        if (c.rHasAck || t < 0 || !v.has(t, StreamView.ACK) || c.rSeq != v.ack(t)) return null;
        List<String> f = new ArrayList<>();
        f.add("R.seq " + c.rSeq + " = the ACK of P's frame " + c.frameNo(t) + " and R has no ACK bit: E answered "
                + "it with no connection state");
        f.add("R came " + ResetContext.ms(c.x.t(c.r) - c.x.t(t)) + " after frame " + c.frameNo(t));
        int eLast = c.x.prevNonRst[c.e][t];
        Confidence conf;
        if (eLast < 0) {
            f.add("E sent nothing earlier in the capture");
            conf = Confidence.MEDIUM;
        } else {
            long idle = c.x.t(t) - c.x.t(eLast);
            f.add("E had been silent for " + ResetContext.ms(idle) + " (since frame " + c.frameNo(eLast) + ")");
            conf = idle >= IDLE_NANOS ? Confidence.HIGH : Confidence.MEDIUM;
        }
        return new Verdict(Cause.HALF_OPEN, conf, t, f);
    }
}
