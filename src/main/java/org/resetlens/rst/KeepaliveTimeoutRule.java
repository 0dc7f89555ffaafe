package org.resetlens.rst;

import java.util.List;

/** {@code keepalive-timeout}: E's keep-alive probes went unanswered, then E reset. */
final class KeepaliveTimeoutRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.KEEPALIVE_TIMEOUT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int first = c.x.kaRunStart[c.e][c.r];
        int count = c.x.kaCount[c.e][c.r];
        if (first < 0 || count < 1) return null;
        int pLast = c.x.prevNonRst[c.p][c.r];
        return new Verdict(Cause.KEEPALIVE_TIMEOUT, count >= 2 ? Confidence.HIGH : Confidence.MEDIUM, first, List.of(
                count + " keep-alive probe" + (count == 1 ? "" : "s") + " from E since frame " + c.frameNo(first)
                        + ", none answered",
                pLast >= 0 ? "P's last segment was frame " + c.frameNo(pLast) + ", " + ResetContext.ms(c.sinceNanos(pLast))
                        + " before R" : "P sent nothing in the capture",
                "R came " + ResetContext.ms(c.sinceNanos(first)) + " after the first probe"));
    }
}
