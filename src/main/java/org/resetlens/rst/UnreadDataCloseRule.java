package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code unread-data-close}: P's data was the last thing before R, E sent no reply and no FIN, and R is RST,ACK
 * with R.seq = E.nxt: E's application closed with that data unread (RFC 2525 §2.17).
 */
final class UnreadDataCloseRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.UNREAD_DATA_CLOSE;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        if (!Exchange.pSending(c) || Exchange.eFinBefore(c) || !c.rHasAck) return null;
        if (Exchange.pStreaming(c) != null) return null;
        int data = c.x.prevData[c.p][c.r];
        List<String> f = new ArrayList<>();
        String name = Exchange.describe(c, data);
        f.add("P's " + c.v.len(data) + " bytes in frame " + c.frameNo(data) + (name != null ? " (" + name + ")" : "")
                + " were the last data before R; E sent no reply and no FIN");
        boolean seqOk = c.rSeq == c.eNxt;
        f.add("R.seq " + c.rSeq + (seqOk ? " = " : " ≠ ") + "E.nxt " + c.eNxt);
        if (c.rAck == c.pNxt) {
            f.add("R.ack " + c.rAck + " = P.nxt: E's stack had acknowledged the data, the application never read it");
        } else if (Seq.after(c.pNxt, c.rAck)) {
            f.add("R.ack " + c.rAck + " < P.nxt " + c.pNxt + ": the data was not even acknowledged");
        } else {
            f.add("R.ack " + c.rAck + " ≠ P.nxt " + c.pNxt);
        }
        f.add("R came " + ResetContext.ms(c.sinceNanos(data)) + " after that data");
        return new Verdict(Cause.UNREAD_DATA_CLOSE, seqOk ? Confidence.HIGH : Confidence.MEDIUM, data, f);
    }
}
