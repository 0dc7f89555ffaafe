package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine explains every reset of odd streams without throwing: no handshake, one direction, duplicates, wrap. */
class StrangeStreamsTest {
    private static List<ResetExplanation> explain(StreamView v) {
        return new ResetEngine(new PayloadMessages()).explainStream(v); // no safety net: a bug would throw here
    }

    @Test
    void loneResetHasNoContext() {
        StreamBuilder b = new StreamBuilder();
        b.rst(0, false, "R", 123, 0, 63);
        ResetExplanation r = explain(b.view()).get(0);
        assertEquals(Cause.NO_CONTEXT, r.cause());
        assertEquals(null, r.trigger());
        assertEquals("OTH", r.zeekState());
    }

    @Test
    void emptyAndResetFreeStreamsGiveNothing() {
        assertTrue(explain(new StreamBuilder().view()).isEmpty());
        assertTrue(explain(new StreamBuilder().handshake(1, 2, 1).view()).isEmpty());
    }

    @Test
    void oneDirectionOnlyMidStream() {
        StreamBuilder b = new StreamBuilder();
        b.c(0, "PA", 100, 900, 50).c(1, "PA", 150, 900, 50).c(2, "PA", 200, 900, 50);
        b.rst(3, true, "RA", 250, 900, 64);
        ResetExplanation r = explain(b.view()).get(0);
        assertNotNull(r.cause());
        assertEquals("established (no handshake seen)", r.state());
    }

    @Test
    void resetCarryingDataAndDuplicatedResets() {
        StreamBuilder b = new StreamBuilder().handshake(10, 20, 1);
        b.c(2, "PA", 11, 21, 10);
        b.add(3, false, "RA", 21, 21, 12, 63, 0, 0, 0);   // a reset with 12 bytes of data (diagnostic text)
        b.add(3, false, "RA", 21, 21, 12, 63, 0, 0, 0);   // the same reset twice
        List<ResetExplanation> rs = explain(b.view());
        assertEquals(2, rs.size());
        assertEquals(rs.get(0).cause(), rs.get(1).cause(), "a duplicate follows the first reset");
    }

    @Test
    void sequenceNumbersWrappingPast2To32() {
        long ci = 0xfffffff0L, si = 0xffffff00L;
        StreamBuilder b = new StreamBuilder().handshake(ci, si, 1);
        b.c(2, "PA", ci + 1, si + 1, 0x40);                   // 0xfffffff1 + 0x40 wraps to 0x31
        b.s(3, "PA", si + 1, (ci + 0x41) & 0xffffffffL, 0x200); // server data wraps too
        b.c(4, "A", (ci + 0x41) & 0xffffffffL, (si + 0x201) & 0xffffffffL, 0);
        b.c(5, "FA", (ci + 0x41) & 0xffffffffL, (si + 0x201) & 0xffffffffL, 0);
        b.rst(5.1, false, "RA", (si + 0x201) & 0xffffffffL, (ci + 0x42) & 0xffffffffL, 63); // acks the FIN too
        ResetExplanation r = explain(b.view()).get(0);
        assertEquals(Cause.ABORTIVE_CLOSE, r.cause());
        assertEquals(0x101L, r.seqAck().senderNext());
        assertEquals(0x32L, r.seqAck().peerNext()); // data to 0x31, then the FIN
        assertTrue(r.seqAck().ackIsPeerNext());
        assertEquals(4, r.trigger());
    }

    @Test
    void randomStreamsNeverThrow() {
        Random rnd = new Random(5961);
        String[] flags = {"S", "SA", "A", "PA", "FA", "R", "RA", "", "SF", "SR", "FPA"};
        for (int k = 0; k < 2000; k++) {
            StreamBuilder b = new StreamBuilder(k, 0);
            int n = rnd.nextInt(30);
            long seqC = rnd.nextLong() & 0xffffffffL, seqS = rnd.nextLong() & 0xffffffffL;
            List<Integer> resets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String f = flags[rnd.nextInt(flags.length)];
                boolean fromClient = rnd.nextBoolean();
                long seq = (fromClient ? seqC : seqS) + rnd.nextInt(3000) - 1000;
                long ack = rnd.nextInt(4) == 0 ? 0 : (fromClient ? seqS : seqC) + rnd.nextInt(3000) - 1000;
                int len = rnd.nextInt(3) == 0 ? rnd.nextInt(1500) : 0;
                b.add(i * rnd.nextInt(2000) / 10.0, fromClient, f, seq, ack, len, 30 + rnd.nextInt(3),
                        rnd.nextInt(65536), rnd.nextInt(3) == 0 ? 0 : 1000, rnd.nextInt(512));
                if (f.contains("R")) resets.add(i);
            }
            List<ResetExplanation> rs = explain(b.view());
            assertEquals(resets.size(), rs.size());
            for (ResetExplanation r : rs) {
                assertNotNull(r.cause());
                assertTrue(r.trigger() == null || r.trigger() < r.frame());
            }
        }
    }
}
