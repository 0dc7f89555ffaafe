package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/** {@code refused}: R,ACK answers P's SYN x with seq 0 and ack x+1, and comes from the real host. */
final class RefusedRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.REFUSED;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int syn = answeredSyn(c);
        if (syn < 0 || !c.rHasAck) return null;
        long want = Seq.plus(c.v.seq(syn), 1);
        if (c.rAck != want) return null;
        InjectionSigns signs = c.injectionSigns();
        if (Boolean.TRUE.equals(signs.ttlMismatch)) return null; // not the real host: see middlebox-injected
        List<String> f = new ArrayList<>();
        f.add("P sent SYN with seq " + c.v.seq(syn) + " (frame " + c.frameNo(syn) + ")");
        f.add("R is RST,ACK with ack " + c.rAck + " = SYN seq + 1" + (c.rSeq == 0 ? " and seq 0" : ", seq " + c.rSeq));
        f.add("E never sent a SYN/ACK in this stream");
        f.add(signs.ttlFact);
        f.addAll(signs.consistent);
        Confidence conf = signs.ttlMismatch == null ? Confidence.MEDIUM : Confidence.HIGH;
        if (signs.signs.size() >= 2) conf = Confidence.LOW;
        return new Verdict(Cause.REFUSED, conf, syn, f);
    }

    /** P's SYN (without ACK) that R answers, when E has sent nothing but resets since it; else -1. */
    static int answeredSyn(ResetContext c) {
        int t = c.t;
        if (t < 0) return -1;
        StreamView v = c.v;
        if ((v.flags(t) & (StreamView.SYN | StreamView.ACK)) != StreamView.SYN) return -1;
        int eLast = c.x.prevNonRst[c.e][c.r];
        return eLast < t ? t : -1;
    }
}
