package org.resetlens.ui.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.testutil.TcpFrames;

/** The packet list's row model shows a frame whose dissection died as [Malformed Packet]; its neighbours are normal. */
class MalformedRowTest {
    @Test
    void aFailingFrameRowSaysMalformedAndTheOthersAreUntouched() {
        FrameAnalysis diesOnFrame1 = new FrameAnalysis() {
            @Override
            public TcpInfoFacts tcpInfo(int frame) {
                if (frame == 1) throw new ArrayIndexOutOfBoundsException(99);
                return null;
            }
        };
        FrameIndex idx = TcpFrames.twoSyns();
        DissectAdapter rows = new DissectAdapter(idx, diesOnFrame1, false, Dissectors.standard());
        PacketRow ok = rows.row(0), bad = rows.row(1);
        assertEquals("TCP", ok.protocol());
        assertFalse(ok.info().contains("Malformed"));
        assertFalse(bad.protocol().isEmpty());
        assertTrue(bad.info().endsWith("[Malformed Packet]"), bad.info());
        assertEquals("10.0.0.2", bad.destination());
        assertEquals("TCP", rows.row(0).protocol(), "the row after a failure still dissects");
    }
}
