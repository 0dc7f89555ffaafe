package org.resetlens.rst;

/** Where the application exchange stood when R was sent: who was sending, what was asked, what was complete. */
final class Exchange {
    private Exchange() { }

    /** E's data is the latest data of the stream. */
    static boolean eSending(ResetContext c) {
        return c.x.prevData[c.e][c.r] >= 0 && c.x.prevData[c.e][c.r] > c.x.prevData[c.p][c.r];
    }

    /** P's data is the latest data of the stream. */
    static boolean pSending(ResetContext c) {
        return c.x.prevData[c.p][c.r] >= 0 && c.x.prevData[c.p][c.r] > c.x.prevData[c.e][c.r];
    }

    /** E had sent bytes that P had not acknowledged. */
    static boolean eUnacked(ResetContext c) {
        return c.eNxt >= 0 && c.pLastAck >= 0 && Seq.after(c.eNxt, c.pLastAck);
    }

    static boolean eFinBefore(ResetContext c) {
        return c.x.firstFin[c.e] >= 0 && c.x.firstFin[c.e] < c.r;
    }

    static boolean pFinBefore(ResetContext c) {
        return c.x.firstFin[c.p] >= 0 && c.x.firstFin[c.p] < c.r;
    }

    /**
     * P was pushing a stream of data rather than answering one request: three or more pushed segments in its
     * current run spread over at least 100 ms, or new data from P arriving well after R. Returns the fact, or null.
     */
    static String pStreaming(ResetContext c) {
        StreamIndex x = c.x;
        if (!pSending(c)) return null;
        int start = x.turnStart[c.p][c.r];
        int last = x.prevData[c.p][c.r];
        int pushes = x.pshInTurn[c.p][c.r];
        long span = x.t(last) - x.t(start);
        if (pushes >= 3 && span >= 100_000_000L) {
            return "P was streaming: " + pushes + " pushed segments from frame " + c.frameNo(start) + " to "
                    + c.frameNo(last) + " over " + ResetContext.secs(span) + " without a request from E between them";
        }
        int next = x.nextData[c.p][c.r];
        if (next >= 0 && c.pNxt >= 0 && !Seq.after(c.pNxt, c.v.seq(next)) && c.v.len(next) > 0
                && x.t(next) - x.t(c.r) > c.crossingNanos()) {
            return "P still had data under way: it sent new data after R (frame " + c.frameNo(next) + ")";
        }
        return null;
    }

    /** The completeness of E's response to P's last request, from the application messages. */
    static AppMessage.Completeness eResponse(ResetContext c) {
        AppMessage m = c.lastRequestBefore(c.r);
        if (m == null || m.fromClient() != (c.p == 0) || !m.answered() || m.responseIndex() >= c.r) {
            return AppMessage.Completeness.UNKNOWN;
        }
        return m.responseComplete();
    }

    /** The request E's current data answers: from the messages, else the start of P's last run of data. */
    static int requestAnsweredByE(ResetContext c) {
        int eStart = c.x.turnStart[c.e][c.r];
        AppMessage m = c.lastRequestBefore(eStart < 0 ? c.r : eStart + 1);
        if (m != null && m.fromClient() == (c.p == 0)) return m.requestIndex();
        return c.x.turnStart[c.p][c.r];
    }

    /** The last application request of the stream before R: from the messages, else the client's last run. */
    static int lastRequest(ResetContext c) {
        AppMessage m = c.lastRequestBefore(c.r);
        if (m != null) return m.requestIndex();
        return c.x.turnStart[0][c.r];
    }

    /** The application message that starts at packet {@code index}, e.g. {@code SMB2 CREATE Request}, or null. */
    static String describe(ResetContext c, int index) {
        return c.labels.get(index);
    }
}
