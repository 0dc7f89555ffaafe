package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code after-reset}: E had already reset the stream and P kept sending, so E resets again. A reset that only
 * answers P's segments already in flight when E's first reset left is a follow-up of that reset and takes
 * its cause and trigger.
 */
final class AfterResetRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.AFTER_RESET;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int first = c.x.prevRst[c.e][c.r];
        if (first < 0) return null;
        StreamView v = c.v;
        int t = c.t;
        boolean stateless = t >= 0 && v.has(t, StreamView.ACK) && c.rSeq == v.ack(t);
        if (t > first && c.x.t(t) - c.x.t(first) > c.crossingNanos()) {
            List<String> f = new ArrayList<>();
            f.add("E had already reset the connection in frame " + c.frameNo(first));
            f.add("P kept sending: frame " + c.frameNo(t) + " came " + ResetContext.ms(c.x.t(t) - c.x.t(first))
                    + " after that reset, so the reset was lost or not accepted");
            if (stateless) f.add("R.seq " + c.rSeq + " = the ACK of frame " + c.frameNo(t)
                    + ": E answers it without connection state");
            return new Verdict(Cause.AFTER_RESET, stateless ? Confidence.HIGH : Confidence.MEDIUM, t, f);
        }
        Verdict earlier = c.earlier[first];
        if (earlier == null) return null;
        List<String> f = new ArrayList<>();
        f.add("follow-up of E's reset in frame " + c.frameNo(first) + " (" + earlier.cause().id() + ")");
        if (t >= 0) {
            f.add(t < first ? "R answers P's frame " + c.frameNo(t) + ", sent before that reset arrived"
                    : "R answers P's frame " + c.frameNo(t) + ", already in flight (" + ResetContext.ms(
                    c.x.t(t) - c.x.t(first)) + " after that reset)");
        }
        if (stateless) f.add("R.seq " + c.rSeq + " = the ACK of frame " + c.frameNo(t)
                + ": E's stack no longer had the connection");
        f.addAll(earlier.facts());
        return new Verdict(earlier.cause(), earlier.confidence(), earlier.trigger(), f);
    }
}
