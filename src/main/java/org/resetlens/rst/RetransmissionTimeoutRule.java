package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/** {@code retransmission-timeout}: the same segment from E sent several times, never acknowledged, then R. */
final class RetransmissionTimeoutRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.RETRANSMISSION_TIMEOUT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        if (!Exchange.eUnacked(c)) return null;
        int[] sent = c.x.dataAt(c.e, c.pLastAck, c.r);
        int k = sent.length;
        if (k < 2) return null;
        int first = sent[0];
        List<String> f = new ArrayList<>();
        f.add("E sent the segment at seq " + c.pLastAck + " " + k + " times (first in frame " + c.frameNo(first)
                + "), P never acknowledged it (P's last ACK " + c.pLastAck + ", E.nxt " + c.eNxt + ")");
        boolean growing = true;
        long prevGap = -1;
        StringBuilder gaps = new StringBuilder();
        for (int j = 1; j < k && j < 16; j++) {
            long gap = c.x.t(sent[j]) - c.x.t(sent[j - 1]);
            if (prevGap >= 0 && gap < prevGap * 9 / 10) growing = false;
            prevGap = gap;
            gaps.append(j > 1 ? ", " : "").append(ResetContext.ms(gap));
        }
        f.add("gaps between transmissions: " + gaps + (growing ? " (growing: backoff)" : ""));
        Confidence conf = k >= 3 && growing ? Confidence.HIGH : Confidence.MEDIUM;
        return new Verdict(Cause.RETRANSMISSION_TIMEOUT, conf, first, f);
    }
}
