package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code abortive-close}: a normal fast close with RST instead of FIN: the last request was fully answered and
 * R followed at once, or a FIN exchange was already under way.
 */
final class AbortiveCloseRule implements Rule {
    private static final long PROMPT_NANOS = 1_000_000_000L;

    @Override
    public Cause cause() {
        return Cause.ABORTIVE_CLOSE;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        List<String> f = new ArrayList<>();
        Confidence conf;
        AppMessage.Completeness done = Exchange.eResponse(c);
        int pFin = Exchange.pFinBefore(c) ? c.x.firstFin[c.p] : -1;
        int eFin = Exchange.eFinBefore(c) ? c.x.firstFin[c.e] : -1;
        int lastData = Math.max(c.x.prevData[0][c.r], c.x.prevData[1][c.r]);
        if (pFin >= 0 || eFin >= 0) {
            if (pFin >= 0) f.add("P had already sent FIN (frame " + c.frameNo(pFin) + ")");
            if (eFin >= 0) f.add("E had already sent FIN (frame " + c.frameNo(eFin) + ")");
            f.add("a FIN exchange was under way: the reset only shortened the close");
            conf = done == AppMessage.Completeness.INCOMPLETE ? Confidence.LOW : Confidence.HIGH;
        } else if (done == AppMessage.Completeness.COMPLETE && Exchange.eSending(c)
                && c.sinceNanos(lastData) <= PROMPT_NANOS) {
            f.add("E's response was complete (frame " + c.frameNo(lastData) + ")");
            f.add("R followed " + ResetContext.ms(c.sinceNanos(Math.max(lastData, c.t))) + " after the exchange ended");
            conf = Confidence.HIGH;
        } else if (Exchange.eSending(c) && !Exchange.eUnacked(c) && c.sinceNanos(lastData) <= PROMPT_NANOS) {
            f.add("E's last data (frame " + c.frameNo(lastData) + ") was fully acknowledged and ended with PSH");
            f.add("R followed " + ResetContext.ms(c.sinceNanos(Math.max(lastData, c.t))) + " later; "
                    + "the application protocol does not say whether the exchange was complete");
            conf = Confidence.LOW;
        } else if (lastData < 0 && c.t >= 0) {
            f.add("no data was exchanged; E closed the connection with a reset");
            conf = Confidence.LOW;
        } else {
            return null;
        }
        int trigger = Exchange.lastRequest(c);
        if (trigger >= 0) f.add("the last request was frame " + c.frameNo(trigger));
        return new Verdict(Cause.ABORTIVE_CLOSE, conf, trigger, f);
    }
}
