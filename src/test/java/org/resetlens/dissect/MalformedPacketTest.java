package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.testutil.TcpFrames;

/** A dissector that dies on one frame marks that frame [Malformed Packet]; the other frames are untouched. */
class MalformedPacketTest {
    /** Analysis facts that blow up for the second frame, as a dissector bug would. */
    static final FrameAnalysis DIES_ON_FRAME_1 = new FrameAnalysis() {
        @Override
        public TcpInfoFacts tcpInfo(int frame) {
            if (frame == 1) throw new IllegalStateException("boom");
            return null;
        }
    };

    @Test
    void theFailingFrameIsMalformedAndKeepsWhatWasDissected() {
        FrameIndex idx = TcpFrames.twoSyns();
        Dissectors ds = Dissectors.standard();
        Dissection ok = ds.dissect(idx, 0, DIES_ON_FRAME_1);
        assertFalse(ok.malformed());
        assertNull(ok.failure());
        assertEquals("TCP", ok.protocolColumn());
        assertFalse(ok.infoColumn().contains("Malformed"));

        Dissection bad = ds.dissect(idx, 1, DIES_ON_FRAME_1);
        assertTrue(bad.malformed());
        assertInstanceOf(IllegalStateException.class, bad.failure());
        // the Protocol column is the last protocol that had claimed the frame (TCP died before it set its own)
        assertEquals("IPv4", bad.protocolColumn());
        assertTrue(bad.infoColumn().endsWith("[Malformed Packet]"), bad.infoColumn());
        assertEquals("10.0.0.1", bad.sourceColumn());
        assertTrue(bad.roots().stream().anyMatch(n -> n.label().equals("[Malformed Packet: IPv4]")));
        assertTrue(bad.roots().stream().anyMatch(n -> n.label().startsWith("Internet Protocol Version 4")),
                "the layers dissected before the failure stay in the tree");
    }

    @Test
    void thousandsOfNestedIpHeadersStopAtTheLayerLimit() {
        int n = 3000;
        byte[] b = new byte[20 * n + 20];
        for (int i = 0; i <= n; i++) {
            int o = 20 * i, len = Math.min(0xffff, b.length - o);
            b[o] = 0x45;
            b[o + 2] = (byte) (len >> 8);
            b[o + 3] = (byte) len;
            b[o + 8] = 64;
            b[o + 9] = (byte) (i < n ? 4 : 17); // IP in IP ... in IP, then UDP
        }
        Dissection d = Dissectors.standard().dissect(b, LinkTypes.RAW, FrameAnalysis.NONE);
        assertNull(d.failure(), "bounded, not a stack overflow caught");
        assertTrue(d.malformed());
        assertTrue(d.infoColumn().endsWith("[Malformed Packet]"), d.infoColumn());
        assertTrue(d.roots().size() <= Packet.MAX_LAYERS + 2, "roots: " + d.roots().size());
    }
}
