package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code middlebox-injected}: two or more injection signs; or a refusal of a SYN whose TTL shows it did not
 * come from the host it names (the real host's refusal would carry its own TTL).
 */
final class MiddleboxInjectedRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.MIDDLEBOX_INJECTED;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        InjectionSigns s = c.injectionSigns();
        int syn = RefusedRule.answeredSyn(c);
        boolean forgedRefusal = syn >= 0 && Boolean.TRUE.equals(s.ttlMismatch);
        if (s.signs.size() < 2 && !forgedRefusal) return null;
        List<String> f = new ArrayList<>(s.signs);
        int trigger;
        if (syn >= 0) {
            trigger = syn;
            f.add("R answers P's SYN in frame " + c.frameNo(syn) + " (seq " + c.v.seq(syn) + ", R.ack " + c.rAck + ")");
        } else {
            trigger = reactedTo(c);
            if (trigger >= 0) f.add("the device reacted to frame " + c.frameNo(trigger)
                    + (c.v.len(trigger) > 0 ? " (" + c.v.len(trigger) + " bytes of request)" : ""));
        }
        Confidence conf = s.signs.size() >= 2 ? Confidence.HIGH : Confidence.MEDIUM;
        return new Verdict(Cause.MIDDLEBOX_INJECTED, conf, trigger, f);
    }

    /** P's segment the device answered: the last one before R whose ACK equals R.seq, preferring data. */
    static int reactedTo(ResetContext c) {
        int best = -1;
        StreamView v = c.v;
        for (int i = c.t, k = 0; i >= 0 && k < 64; i = c.x.prevNonRst[c.p][i], k++) {
            if (v.len(i) > 0 && (!v.has(i, StreamView.ACK) || v.ack(i) == c.rSeq || c.rHasAck)) return i;
            if (best < 0 && v.has(i, StreamView.ACK) && v.ack(i) == c.rSeq) best = i;
            if (c.x.prevData[c.e][c.r] > i) break; // E answered before this: not the reaction
        }
        return best >= 0 ? best : c.t;
    }
}
