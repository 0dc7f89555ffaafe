package org.resetlens.rst;

/**
 * Did P take the reset? Acceptable only if R.seq equals P's next expected number (in SYN-SENT: if R acknowledges
 * P's SYN). {@code no} when P answers with a challenge ACK or keeps sending after R (segments already in flight
 * when R arrived do not count); {@code yes} when P goes silent.
 */
final class AcceptanceCheck {
    final Accepted accepted;
    final String reason;

    AcceptanceCheck(ResetContext c) {
        StreamIndex x = c.x;
        StreamView v = c.v;
        boolean synSent = RefusedRule.answeredSyn(c) >= 0;
        Boolean acceptable;
        String why;
        if (synSent) {
            acceptable = c.rHasAck && c.rAck == Seq.plus(v.seq(c.t), 1);
            why = acceptable ? "R acknowledges P's SYN" : "R does not acknowledge P's SYN";
        } else if (c.pLastAck >= 0) {
            acceptable = c.rSeq == c.pLastAck;
            why = acceptable ? "R.seq = P's next expected " + c.pLastAck
                    : "R.seq " + c.rSeq + " ≠ P's next expected " + c.pLastAck;
        } else {
            acceptable = null;
            why = "P's next expected sequence number is not in the capture";
        }
        long crossing = c.crossingNanos();
        int next = x.nextNonRst[c.p][c.r];
        int inFlight = 0;
        while (next >= 0 && x.t(next) - x.t(c.r) <= crossing) {
            boolean pureAck = v.len(next) == 0 && (v.flags(next) & (StreamView.SYN | StreamView.FIN)) == 0;
            if (pureAck && Boolean.FALSE.equals(acceptable) && !x.keepAlive[next]) {
                accepted = Accepted.NO;
                reason = why + "; P answered with a challenge ACK (frame " + c.frameNo(next) + ")";
                return;
            }
            inFlight++;
            next = x.nextNonRst[c.p][next];
        }
        if (next >= 0) {
            accepted = Accepted.NO;
            reason = why + "; P kept sending after R (frame " + c.frameNo(next) + ", "
                    + ResetContext.ms(x.t(next) - x.t(c.r)) + " later)";
        } else if (Boolean.TRUE.equals(acceptable)) {
            accepted = Accepted.YES;
            reason = why + "; P went silent" + (inFlight > 0 ? " (after " + inFlight + " segment"
                    + (inFlight == 1 ? "" : "s") + " already in flight)" : "");
        } else {
            accepted = Accepted.UNKNOWN;
            reason = why + "; P went silent";
        }
    }
}
