package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code request-timeout}: E's last request got no data back from P (P may have ACKed it) and E reset after
 * a delay far longer than the round trip.
 */
final class RequestTimeoutRule implements Rule {
    static final long MIN_WAIT_NANOS = 500_000_000L;

    @Override
    public Cause cause() {
        return Cause.REQUEST_TIMEOUT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        int request = unansweredRequestOfE(c);
        if (request < 0) return null;
        int lastData = c.x.prevData[c.e][c.r];
        long wait = c.x.t(c.r) - c.x.t(lastData);
        if (wait < Math.max(MIN_WAIT_NANOS, 10 * c.x.rttNanos)) return null;
        List<String> f = new ArrayList<>();
        String name = Exchange.describe(c, request);
        f.add("E's request " + (name != null ? name + " " : "") + "in frame " + c.frameNo(request)
                + " got no data back from P");
        boolean acked = c.pLastAck >= 0 && !Seq.after(c.eNxt, c.pLastAck);
        int ackFrame = acked ? firstAckOf(c, c.eNxt, lastData) : -1;
        f.add(acked ? "P acknowledged it at the TCP level" + (ackFrame >= 0 ? " (frame " + c.frameNo(ackFrame) + ")" : "")
                : "P did not even acknowledge it (P's last ACK " + c.pLastAck + ", E.nxt " + c.eNxt + ")");
        f.add("E reset " + ResetContext.secs(wait) + " after its last data" + (roundSeconds(wait) ? " (a round timeout value)" : ""));
        boolean seqOk = c.rSeq == c.eNxt;
        boolean ackOk = !c.rHasAck || c.rAck == c.pNxt;
        f.add("R.seq " + c.rSeq + (seqOk ? " = " : " ≠ ") + "E.nxt " + c.eNxt
                + (c.rHasAck ? ", R.ack " + c.rAck + (ackOk ? " = " : " ≠ ") + "P.nxt " + c.pNxt : ""));
        Confidence conf = seqOk && ackOk && wait >= 1_000_000_000L ? Confidence.HIGH : Confidence.MEDIUM;
        return new Verdict(Cause.REQUEST_TIMEOUT, conf, request, f);
    }

    /**
     * The start of E's last request if P sent no data after it: from the application messages when they know
     * the stream, else E's last run of data when E is the client (or a server that spoke first).
     */
    static int unansweredRequestOfE(ResetContext c) {
        if (!Exchange.eSending(c)) return -1;
        int run = c.x.turnStart[c.e][c.r];
        if (!c.messages.isEmpty()) {
            AppMessage m = c.lastUnansweredBefore(c.r);
            if (m != null && m.fromClient() == (c.e == 0) && m.requestIndex() >= run) return m.requestIndex();
            AppMessage last = c.lastRequestBefore(c.r);
            if (last != null && last.requestIndex() >= run) return -1; // the messages say it was answered or is not E's
        }
        if (c.e == 0 || c.x.turnStart[c.p][c.r] < 0) return run;
        return -1;
    }

    private static int firstAckOf(ResetContext c, long value, int after) {
        int[] carriers = c.x.ackCarriers(c.p, value, c.r, 1 << 20);
        for (int i : carriers) if (i > after) return i;
        return carriers.length > 0 ? carriers[0] : -1;
    }

    static boolean roundSeconds(long nanos) {
        double s = nanos / 1e9;
        return s >= 1 && Math.abs(s - Math.rint(s)) <= Math.max(0.02 * s, 0.01) && Math.abs(s - Math.rint(s)) < 0.25;
    }
}
