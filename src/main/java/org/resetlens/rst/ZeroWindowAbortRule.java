package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/** {@code zero-window-abort}: P's receive window stayed at zero and E gave up. */
final class ZeroWindowAbortRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.ZERO_WINDOW_ABORT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int first = c.x.zeroRunStart[c.p][c.r];
        if (first < 0) return null;
        int last = c.x.prevNonRst[c.p][c.r];
        List<String> f = new ArrayList<>();
        f.add("P advertised a zero window from frame " + c.frameNo(first) + " (" + ResetContext.ms(c.sinceNanos(first))
                + " before R) to its last segment, frame " + c.frameNo(last));
        boolean pending = Exchange.eUnacked(c) || c.x.prevData[c.e][c.r] > c.x.prevData[c.p][c.r];
        int probes = c.x.kaCount[c.e][c.r];
        if (Exchange.eUnacked(c)) f.add("E still had unacknowledged data (E.nxt " + c.eNxt + ", P's ACK " + c.pLastAck + ")");
        if (probes > 0) f.add(probes + " probe" + (probes == 1 ? "" : "s") + " from E since P's last answer");
        return new Verdict(Cause.ZERO_WINDOW_ABORT, pending ? Confidence.HIGH : Confidence.MEDIUM, first, f);
    }
}
