package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each evidence rule on hand-built streams whose numbers are worked out by hand in the comments. */
class RulesTest {
    private static final long C = 1000, S = 5000; // client and server ISN

    /** A client that sent a 100-byte request, acknowledged by the server; times in ms. */
    private static StreamBuilder requestAcked() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 100);       // request: seq 1001..1101
        b.s(3, "A", S + 1, C + 101, 0);        // server ACKs it: ack 1101
        return b;
    }

    @Test
    void noContextNeedsNoHandshakeAndFewerThanTwoOtherPackets() {
        StreamBuilder lone = new StreamBuilder();
        lone.c(0, "A", 7, 9, 0).rst(1, false, "R", 9, 0, 63);
        Verdict v = StreamBuilder.evaluate(new NoContextRule(), lone.view());
        assertEquals(Cause.NO_CONTEXT, v.cause());
        assertEquals(-1, v.trigger());
        assertNull(StreamBuilder.evaluate(new NoContextRule(), requestAcked().rst(4, true, "RA", C + 101, S + 1, 64).view()));
    }

    @Test
    void refusedAnswersTheSynWithSeqZeroAndAckPlusOneAtTheHostsTtl() {
        StreamBuilder ok = new StreamBuilder(0, 0).handshake(C, S, 1);          // the server's normal TTL: 63
        StreamBuilder b = new StreamBuilder(1, 10);
        b.c(0, "S", 77, 0, 0).rst(0.1, false, "RA", 0, 78, 63);
        Verdict v = StreamBuilder.evaluate(new RefusedRule(), b.view(), ok.view());
        assertEquals(Cause.REFUSED, v.cause());
        assertEquals(Confidence.HIGH, v.confidence());
        assertEquals(0, v.trigger());
        // the same reset with the router's TTL 64 is not the server's refusal but a forged one
        StreamBuilder forged = new StreamBuilder(1, 10);
        forged.c(0, "S", 77, 0, 0).rst(0.1, false, "RA", 0, 78, 64);
        assertNull(StreamBuilder.evaluate(new RefusedRule(), forged.view(), ok.view()));
        Verdict m = StreamBuilder.evaluate(new MiddleboxInjectedRule(), forged.view(), ok.view());
        assertEquals(Cause.MIDDLEBOX_INJECTED, m.cause());
        assertEquals(0, m.trigger());
    }

    @Test
    void middleboxNeedsTwoSignsMidStream() {
        // server answers the request with data at TTL 63, then a stateless RST at TTL 64 answers the next request
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 80);
        b.s(2.5, "PA", S + 1, C + 81, 600);
        b.c(2.6, "A", C + 81, S + 601, 0);
        b.c(2.7, "PA", C + 81, S + 601, 100);     // the request the device reacts to (index 6)
        b.rst(2.71, false, "R", S + 601, 0, 64);  // seq = that request's ACK
        Verdict v = StreamBuilder.evaluate(new MiddleboxInjectedRule(), b.view());
        assertEquals(Cause.MIDDLEBOX_INJECTED, v.cause());
        assertEquals(6, v.trigger());
        // with the server's own TTL only one sign remains (the stateless answer on a live connection): not enough
        StreamBuilder real = new StreamBuilder().handshake(C, S, 1);
        real.c(2, "PA", C + 1, S + 1, 80);
        real.s(2.5, "PA", S + 1, C + 81, 600);
        real.c(2.6, "A", C + 81, S + 601, 0);
        real.c(2.7, "PA", C + 81, S + 601, 100);
        real.rst(2.71, false, "R", S + 601, 0, 63);
        assertNull(StreamBuilder.evaluate(new MiddleboxInjectedRule(), real.view()));
    }

    @Test
    void requestTimeoutTriggersOnTheUnansweredRequest() {
        StreamBuilder b = requestAcked();
        b.rst(5002, true, "RA", C + 101, S + 1, 64);  // 5 s later; R.seq = E.nxt 1101, R.ack = P.nxt 5001
        Verdict v = StreamBuilder.evaluate(new RequestTimeoutRule(), b.view());
        assertEquals(Cause.REQUEST_TIMEOUT, v.cause());
        assertEquals(Confidence.HIGH, v.confidence());
        assertEquals(3, v.trigger());
        // 20 ms is no timeout
        StreamBuilder quick = requestAcked();
        quick.rst(22, true, "RA", C + 101, S + 1, 64);
        assertNull(StreamBuilder.evaluate(new RequestTimeoutRule(), quick.view()));
        assertEquals(Cause.APP_ABORT, StreamBuilder.evaluate(new AppAbortRule(), quick.view()).cause());
    }

    @Test
    void requestTimeoutAcrossTheSequenceWrap() {
        long ci = 0xffffffc0L; // the request runs from 0xffffffc1 past 2^32 to 0x25
        StreamBuilder b = new StreamBuilder().handshake(ci, S, 1);
        b.c(2, "PA", ci + 1, S + 1, 100);
        b.s(3, "A", S + 1, (ci + 101) & 0xffffffffL, 0);
        b.rst(3003, true, "RA", (ci + 101) & 0xffffffffL, S + 1, 64);
        ResetExplanation r = new ResetEngine(AppMessageSource.NONE).explainStream(b.view()).get(0);
        assertEquals(Cause.REQUEST_TIMEOUT, r.cause());
        assertEquals(4, r.trigger());
        assertEquals(0x25L, r.seqAck().senderNext());
        assertTrue(r.seqAck().seqIsExpected());
    }

    @Test
    void retransmissionTimeoutTriggersOnTheFirstTransmission() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 100);
        b.add(202, true, "PA", C + 1, S + 1, 100, 64, 9, 502, StreamView.A_RETRANSMISSION);
        b.add(602, true, "PA", C + 1, S + 1, 100, 64, 10, 502, StreamView.A_RETRANSMISSION);
        b.add(1402, true, "PA", C + 1, S + 1, 100, 64, 11, 502, StreamView.A_RETRANSMISSION);
        b.rst(3000, true, "RA", C + 101, S + 1, 64);
        Verdict v = StreamBuilder.evaluate(new RetransmissionTimeoutRule(), b.view());
        assertEquals(Cause.RETRANSMISSION_TIMEOUT, v.cause());
        assertEquals(Confidence.HIGH, v.confidence());
        assertEquals(3, v.trigger());
    }

    @Test
    void keepaliveTimeoutTriggersOnTheFirstUnansweredProbe() {
        StreamBuilder b = requestAcked();
        b.s(4, "PA", S + 1, C + 101, 10);
        b.c(5, "A", C + 101, S + 11, 0);
        b.c(1005, "A", C + 100, S + 11, 0);   // seq = nxt - 1: keep-alive (index 7)
        b.c(2005, "A", C + 100, S + 11, 0);
        b.c(3005, "A", C + 100, S + 11, 0);
        b.rst(4005, true, "RA", C + 101, S + 11, 64);
        Verdict v = StreamBuilder.evaluate(new KeepaliveTimeoutRule(), b.view());
        assertEquals(Cause.KEEPALIVE_TIMEOUT, v.cause());
        assertEquals(7, v.trigger());
        assertEquals(Confidence.HIGH, v.confidence());
    }

    @Test
    void zeroWindowAbortTriggersOnTheFirstZeroWindow() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 1000);
        b.add(3, false, "A", S + 1, C + 1001, 0, 63, 1, 0, StreamView.A_ZERO_WINDOW); // index 4
        b.c(200, "A", C + 1000, S + 1, 0);
        b.add(201, false, "A", S + 1, C + 1001, 0, 63, 2, 0, StreamView.A_ZERO_WINDOW);
        b.rst(2000, true, "RA", C + 1001, S + 1, 64);
        Verdict v = StreamBuilder.evaluate(new ZeroWindowAbortRule(), b.view());
        assertEquals(Cause.ZERO_WINDOW_ABORT, v.cause());
        assertEquals(4, v.trigger());
        // the keep-alive rule would also see a probe, but the engine puts zero-window first
        assertEquals(Cause.ZERO_WINDOW_ABORT, new ResetEngine(null).explainStream(b.view()).get(0).cause());
    }

    @Test
    void dataAfterCloseNeedsSeqFinPlusOne() {
        StreamBuilder b = requestAcked();
        b.c(4, "FA", C + 101, S + 1, 0);          // FIN at seq 1101
        b.s(5, "A", S + 1, C + 102, 0);
        b.s(50, "PA", S + 1, C + 102, 30);        // data after the FIN (index 7)
        b.rst(50.1, true, "R", C + 102, 0, 64);   // R.seq = 1102 = f + 1
        Verdict v = StreamBuilder.evaluate(new DataAfterCloseRule(), b.view());
        assertEquals(Cause.DATA_AFTER_CLOSE, v.cause());
        assertEquals(7, v.trigger());
    }

    @Test
    void halfOpenAnswersTAckWithoutAckBit() {
        StreamBuilder b = requestAcked();
        b.s(4, "PA", S + 1, C + 101, 6);
        b.c(5, "A", C + 101, S + 7, 0);
        b.c(1805, "PA", C + 101, S + 7, 21);      // after 1.8 s idle (index 7)
        b.rst(1805.05, false, "R", S + 7, 0, 63);
        Verdict v = StreamBuilder.evaluate(new HalfOpenRule(), b.view());
        assertEquals(Cause.HALF_OPEN, v.cause());
        assertEquals(7, v.trigger());
        assertEquals(Confidence.HIGH, v.confidence());
        assertNull(StreamBuilder.evaluate(new MiddleboxInjectedRule(), b.view()));
    }

    @Test
    void resourceExhaustionResetsTheHandshakeCompletingAck() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.s(1000, "SA", S, C + 1, 0);             // SYN/ACK retransmitted: the server still held the request
        b.c(1000.1, "A", C + 1, S + 1, 0);        // index 4
        b.rst(1000.2, false, "R", S + 1, 0, 63);
        Verdict v = StreamBuilder.evaluate(new ResourceExhaustionRule(), b.view());
        assertEquals(Cause.RESOURCE_EXHAUSTION, v.cause());
        assertEquals(4, v.trigger());
        assertEquals(Confidence.HIGH, v.confidence());
    }

    @Test
    void unreadDataCloseAndStreamingAbortDiffer() {
        StreamBuilder banner = new StreamBuilder().handshake(C, S, 1);
        banner.s(2, "PA", S + 1, C + 1, 27);      // index 3
        banner.c(2.1, "A", C + 1, S + 28, 0);
        banner.rst(300, true, "RA", C + 1, S + 28, 64);
        Verdict v = StreamBuilder.evaluate(new UnreadDataCloseRule(), banner.view());
        assertEquals(Cause.UNREAD_DATA_CLOSE, v.cause());
        assertEquals(3, v.trigger());
        // a server pushing lines every 200 ms: a transfer under way, aborted with no request from the client
        StreamBuilder ticker = new StreamBuilder().handshake(C, S, 1);
        for (int k = 0; k < 3; k++) {
            ticker.s(2 + 200 * k, "PA", S + 1 + 21 * k, C + 1, 21);
            ticker.c(2.1 + 200 * k, "A", C + 1, S + 22 + 21 * k, 0);
        }
        ticker.rst(420, true, "RA", C + 1, S + 64, 64);
        assertNull(StreamBuilder.evaluate(new UnreadDataCloseRule(), ticker.view()));
        Verdict a = StreamBuilder.evaluate(new AppAbortRule(), ticker.view());
        assertEquals(Cause.APP_ABORT, a.cause());
        assertEquals(-1, a.trigger());
    }

    @Test
    void appAbortCutsTheResponseInFlight() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 76);          // the request (index 3)
        b.s(3, "A", S + 1, C + 77, 1448);
        b.s(3.1, "A", S + 1449, C + 77, 1448);
        b.c(3.2, "A", C + 77, S + 1449, 0);       // only the first segment acknowledged
        b.rst(10, false, "RA", S + 2897, C + 77, 63);
        Verdict v = StreamBuilder.evaluate(new AppAbortRule(), b.view());
        assertEquals(Cause.APP_ABORT, v.cause());
        assertEquals(3, v.trigger());
    }

    @Test
    void abortiveCloseWhenAFinExchangeWasUnderWay() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 83);           // request (index 3)
        b.s(3, "PA", S + 1, C + 84, 659);
        b.c(3.1, "A", C + 84, S + 660, 0);
        b.c(3.2, "FA", C + 84, S + 660, 0);
        b.rst(3.21, false, "RA", S + 660, C + 84, 63);
        Verdict v = StreamBuilder.evaluate(new AbortiveCloseRule(), b.view());
        assertEquals(Cause.ABORTIVE_CLOSE, v.cause());
        assertEquals(3, v.trigger());
        assertTrue(v.cause().benign());
    }

    @Test
    void afterResetVersusFollowUp() {
        StreamBuilder b = new StreamBuilder().handshake(C, S, 1);
        b.c(2, "PA", C + 1, S + 1, 83);           // request (index 3)
        b.s(3, "PA", S + 1, C + 84, 659);
        b.c(3.1, "A", C + 84, S + 660, 0);
        b.rst(3.2, false, "RA", S + 660, C + 84, 63);  // abortive close (index 6)
        b.c(3.21, "FA", C + 84, S + 660, 0);           // crossed it
        b.rst(3.22, false, "R", S + 660, 0, 63);       // follow-up (index 8)
        b.c(400, "PA", C + 85, S + 660, 10);           // the client keeps sending much later (index 9)
        b.rst(400.01, false, "R", S + 660, 0, 63);     // after-reset (index 10)
        List<ResetExplanation> rs = new ResetEngine(null).explainStream(b.view());
        assertEquals(3, rs.size());
        assertEquals(Cause.ABORTIVE_CLOSE, rs.get(0).cause());
        assertEquals(4, rs.get(0).trigger());
        assertEquals(Cause.ABORTIVE_CLOSE, rs.get(1).cause());
        assertEquals(4, rs.get(1).trigger());
        assertEquals(Cause.AFTER_RESET, rs.get(2).cause());
        assertEquals(10, rs.get(2).trigger());
        assertEquals(Accepted.NO, rs.get(0).accepted(), rs.get(0).acceptance());
    }

    @Test
    void unknownWhenNothingFits() {
        StreamBuilder b = requestAcked();
        Verdict v = StreamBuilder.evaluate(new UnknownRule(), b.rst(4, false, "RA", S + 1, C + 101, 63).view());
        assertNotNull(v);
        assertEquals(Cause.UNKNOWN, v.cause());
    }
}
