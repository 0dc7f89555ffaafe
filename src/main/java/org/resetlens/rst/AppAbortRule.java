package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code app-abort}: R in the middle of an exchange (E's response incomplete or still in flight, P streaming to E,
 * or E's own request cancelled quickly) with no FIN from E.
 */
final class AppAbortRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.APP_ABORT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        if (Exchange.eFinBefore(c)) return null;
        List<String> f = new ArrayList<>();
        int trigger;
        String streaming = Exchange.pStreaming(c);
        if (Exchange.eSending(c)) {
            AppMessage.Completeness done = Exchange.eResponse(c);
            int request = Exchange.requestAnsweredByE(c);
            int eLast = c.x.prevData[c.e][c.r];
            boolean ownRequest = RequestTimeoutRule.unansweredRequestOfE(c) >= 0
                    && c.sinceNanos(eLast) < Math.max(RequestTimeoutRule.MIN_WAIT_NANOS, 10 * c.x.rttNanos);
            if (ownRequest && done != AppMessage.Completeness.INCOMPLETE) {
                int req = RequestTimeoutRule.unansweredRequestOfE(c);
                f.add("E's request in frame " + c.frameNo(req) + " was still open: E gave up after "
                        + ResetContext.ms(c.sinceNanos(eLast)) + ", too soon for a timeout");
                trigger = req;
            } else if (done == AppMessage.Completeness.INCOMPLETE) {
                f.add("E's response to the request in frame " + c.frameNo(request) + " was incomplete when R was sent");
                trigger = request;
            } else if (done == AppMessage.Completeness.UNKNOWN
                    && (Exchange.eUnacked(c) || !c.v.has(eLast, StreamView.PSH))) {
                f.add(Exchange.eUnacked(c) ? "E's data was still in flight (E.nxt " + c.eNxt + ", P's ACK " + c.pLastAck + ")"
                        : "E's last data segment (frame " + c.frameNo(eLast) + ") did not end a message (no PSH)");
                trigger = request;
            } else {
                return null;
            }
            f.add("E was sending: its last data was frame " + c.frameNo(eLast) + ", "
                    + ResetContext.ms(c.sinceNanos(eLast)) + " before R");
        } else if (streaming != null) {
            f.add(streaming);
            trigger = c.x.turnStart[c.e][c.r];
            f.add(trigger >= 0 ? "E had asked for it in frame " + c.frameNo(trigger)
                    : "E never sent a request: the abort was E's own decision");
        } else {
            return null;
        }
        f.add("no FIN from E");
        boolean seqOk = c.rSeq == c.eNxt;
        f.add("R.seq " + c.rSeq + (seqOk ? " = " : " ≠ ") + "E.nxt " + c.eNxt);
        return new Verdict(Cause.APP_ABORT, seqOk ? Confidence.HIGH : Confidence.MEDIUM, trigger, f);
    }
}
