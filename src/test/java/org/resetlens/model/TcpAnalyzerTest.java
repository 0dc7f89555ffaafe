package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.resetlens.model.TestPcap.ACK;
import static org.resetlens.model.TestPcap.FIN;
import static org.resetlens.model.TestPcap.PSH;
import static org.resetlens.model.TestPcap.RST;
import static org.resetlens.model.TestPcap.SYN;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stream tracking and sequence analysis on hand-built conversations; every expected value is worked
 * out by hand from the packets and Wireshark's documented TCP analysis rules.
 */
class TcpAnalyzerTest {
    static final String C = "10.0.0.1", S = "10.0.0.2";

    @TempDir
    Path tmp;

    /** Handshake with window scaling, a gap, duplicate ACKs, a fast retransmission, a reset, port reuse. */
    private Analysis lossyStream() throws IOException {
        TestPcap p = new TestPcap()
                .tcp(0, C, 40000, S, 445, 1000, 0, SYN, 64240, 0, TestPcap.synOptions(1460, 7))         // 1
                .tcp(10_000, S, 445, C, 40000, 5000, 1001, SYN | ACK, 65160, 0, TestPcap.synOptions(1400, 7)) // 2
                .tcp(20_000, C, 40000, S, 445, 1001, 5001, ACK, 502, 0, null)                            // 3
                .tcp(30_000, C, 40000, S, 445, 1001, 5001, ACK | PSH, 502, 100, null)                    // 4
                .tcp(31_000, C, 40000, S, 445, 1201, 5001, ACK | PSH, 502, 100, null)                    // 5
                .tcp(40_000, S, 445, C, 40000, 5001, 1101, ACK, 509, 0, null)                            // 6
                .tcp(41_000, S, 445, C, 40000, 5001, 1101, ACK, 509, 0, null)                            // 7
                .tcp(42_000, S, 445, C, 40000, 5001, 1101, ACK, 509, 0, null)                            // 8
                .tcp(45_000, C, 40000, S, 445, 1101, 5001, ACK, 502, 100, null)                          // 9
                .tcp(60_000, S, 445, C, 40000, 5001, 1301, RST | ACK, 0, 0, null)                        // 10
                .tcp(900_000, C, 40000, S, 445, 777, 0, SYN, 64240, 0, TestPcap.synOptions(1460, 7))     // 11
                .udp(950_000, C, 5353, S, 53, 10)                                                          // 12
                .udp(960_000, S, 53, C, 5353, 30);                                                         // 13
        return CaptureLoader.load(p.write(tmp, "lossy.pcap"));
    }

    @Test
    void handshakeGivesRelativeNumbersScaledWindowAndRtts() throws IOException {
        Analysis a = lossyStream();
        FrameColumns f = a.frames();
        assertEquals(0, f.seq(0));
        assertEquals(1, f.nxtSeq(0));
        assertEquals(0, f.seq(1));
        assertEquals(1, f.ack(1));
        assertEquals(0, f.acksFrame(1), "the SYN-ACK acknowledges the SYN");
        assertEquals(10_000_000, a.ackRttNanos(1));
        assertEquals(1, f.seq(2));
        assertEquals(1, f.ack(2));
        assertEquals(1, f.acksFrame(2));
        assertEquals(502 * 128, a.tcpWindowSize(2), "502 << 7");
        assertEquals(128, a.tcpWindowScaleFactor(2));
        assertEquals(Integer.MIN_VALUE, a.tcpWindowScaleFactor(0), "SYNs carry no scale factor");
        assertEquals(64240, a.tcpWindowSize(0), "SYN windows are never scaled");
        assertEquals(20_000_000, a.initialRttNanos(1), "iRTT = final ACK - SYN");
        assertEquals(101, f.nxtSeq(3));
        assertEquals(100, f.bytesInFlight(3));
        assertEquals(20_000_000, a.tcpTimeRelative(2));
        assertEquals(10_000_000, a.streamTimeDelta(2));
    }

    @Test
    void lossDuplicateAcksAndFastRetransmission() throws IOException {
        FrameColumns f = lossyStream().frames();
        assertEquals(TcpAnalysisFlags.LOST_PACKET, f.analysisFlags(4), "1201 > expected 1101");
        assertEquals(3, f.acksFrame(5), "ACK 1101 covers frame 4 exactly");
        assertEquals(TcpAnalysisFlags.DUPLICATE_ACK, f.analysisFlags(6));
        assertEquals(1, f.duplicateAckNumber(6));
        assertEquals(5, f.duplicateAckFrame(6), "duplicate of frame 6 (index 5)");
        assertEquals(2, f.duplicateAckNumber(7));
        assertEquals(TcpAnalysisFlags.FAST_RETRANSMISSION, f.analysisFlags(8),
                "seq 1101 below next 1301, two dup ACKs for 1101, within 20 ms");
        assertEquals("[TCP Dup ACK 6#2] ", lossyStream().tcpInfoPrefix(7));
    }

    @Test
    void resetAndPortReuseStartANewStream() throws IOException {
        Analysis a = lossyStream();
        FrameColumns f = a.frames();
        assertEquals(0, f.stream(9));
        assertEquals(1, f.stream(10), "a SYN with another ISN on the same ports is a new stream");
        assertEquals(TcpAnalysisFlags.REUSED_PORTS, f.analysisFlags(10));
        assertEquals("[TCP Port numbers reused] ", a.tcpInfoPrefix(10));
        assertEquals(2, a.tcpStreamCount());
        TcpConversation c = a.conversation(0);
        assertEquals("10.0.0.1:40000", c.clientEndpoint());
        assertEquals("10.0.0.2:445", c.serverEndpoint());
        assertEquals(5, c.packetsClientToServer(), "frames 1, 3, 4, 5, 9");
        assertEquals(5, c.packetsServerToClient(), "frames 2, 6, 7, 8, 10");
        assertEquals(1000, c.clientIsn());
        assertEquals(5000, c.serverIsn());
        assertEquals(1460, c.clientMss());
        assertEquals(1400, c.serverMss());
        assertEquals(7, c.clientWindowShift());
        assertEquals(20_000_000, c.handshakeRttNanos());
        assertEquals(TcpConversation.CloseType.RST, c.close());
        assertEquals(TcpConversation.Role.SERVER, c.closedBy());
        assertEquals(1, c.serverResets());
        assertEquals("RSTR", c.zeekState());
        assertEquals(1 | 2 | 4 | 8 | 32, c.completeness());
        assertEquals(60_000_000, c.durationNanos());
        TcpConversation reused = a.conversation(1);
        assertTrue(reused.reusedPorts());
        assertEquals("S0", reused.zeekState());
        assertEquals(TcpConversation.CloseType.OPEN, reused.close());
    }

    @Test
    void udpStreamsByEndpointPair() throws IOException {
        Analysis a = lossyStream();
        assertTrue(a.frames().isUdp(11));
        assertEquals(0, a.frames().stream(11));
        assertEquals(0, a.frames().stream(12), "the reply belongs to the same stream");
        assertEquals(1, a.udpStreamCount());
        assertEquals(10_000_000, a.streamTimeDelta(12));
    }

    @Test
    void keepAliveZeroWindowAndWindowUpdate() throws IOException {
        TestPcap p = new TestPcap()
                .tcp(0, C, 40001, S, 80, 100, 0, SYN, 8192, 0, new byte[] {2, 4, 5, (byte) 0xb4})       // 1
                .tcp(1_000, S, 80, C, 40001, 900, 101, SYN | ACK, 8192, 0, new byte[] {2, 4, 5, (byte) 0xb4}) // 2
                .tcp(2_000, C, 40001, S, 80, 101, 901, ACK, 8192, 0, null)                              // 3
                .tcp(3_000, C, 40001, S, 80, 101, 901, ACK | PSH, 8192, 10, null)                       // 4
                .tcp(4_000, S, 80, C, 40001, 901, 111, ACK, 0, 0, null)                                 // 5
                .tcp(5_000, S, 80, C, 40001, 901, 111, ACK, 4096, 0, null)                              // 6
                .tcp(10_000_000, C, 40001, S, 80, 110, 901, ACK, 8192, 0, null)                         // 7
                .tcp(10_001_000, S, 80, C, 40001, 901, 111, ACK, 4096, 0, null)                         // 8
                .tcp(11_000_000, C, 40001, S, 80, 111, 901, FIN | ACK, 8192, 0, null)                   // 9
                .tcp(11_001_000, S, 80, C, 40001, 901, 112, FIN | ACK, 4096, 0, null)                   // 10
                .tcp(11_002_000, C, 40001, S, 80, 112, 902, ACK, 8192, 0, null);                        // 11
        Analysis a = CaptureLoader.load(p.write(tmp, "ka.pcap"));
        FrameColumns f = a.frames();
        assertEquals(TcpAnalysisFlags.ZERO_WINDOW, f.analysisFlags(4));
        assertEquals("[TCP ZeroWindow] ", a.tcpInfoPrefix(4));
        assertEquals(TcpAnalysisFlags.WINDOW_UPDATE, f.analysisFlags(5), "same SEQ/ACK, new window");
        assertEquals(TcpAnalysisFlags.KEEP_ALIVE, f.analysisFlags(6), "seq one below the next expected");
        assertEquals(TcpAnalysisFlags.KEEP_ALIVE_ACK, f.analysisFlags(7));
        assertEquals(-2, a.tcpWindowScaleFactor(2), "neither SYN offered window scaling");
        assertEquals(8192, a.tcpWindowSize(2));
        assertFalse(a.frames().hasAnalysis(0), "a lone SYN has nothing to analyse");
        TcpConversation c = a.conversation(0);
        assertEquals(TcpConversation.CloseType.FIN, c.close());
        assertEquals(TcpConversation.Role.CLIENT, c.closedBy());
        assertEquals("SF", c.zeekState());
        assertEquals(31, c.completeness(), "SYN, SYN-ACK, ACK, data, FIN");
        assertEquals(-1, c.serverWindowShift());
    }

    @Test
    void midstreamStartIsRelativeToTheFirstSeenSequenceNumber() throws IOException {
        TestPcap p = new TestPcap()
                .tcp(0, S, 443, C, 50000, 7000, 3000, ACK | PSH, 1000, 50, null)
                .tcp(1_000, C, 50000, S, 443, 3000, 7050, ACK, 1000, 0, null);
        Analysis a = CaptureLoader.load(p.write(tmp, "mid.pcap"));
        assertEquals(1, a.frames().seq(0), "Wireshark starts at 1 when the SYN was not seen");
        assertEquals(51, a.frames().nxtSeq(0));
        assertEquals(1, a.frames().ack(0));
        assertEquals(51, a.frames().ack(1));
        assertEquals(-1, a.tcpWindowScaleFactor(0), "scaling unknown without the handshake");
        TcpConversation c = a.conversation(0);
        assertTrue(c.firstSenderIsClient(), "without a SYN the first sender is the client");
        assertEquals(443, c.clientPort());
        assertEquals("OTH", c.zeekState());
        assertEquals(-1, c.clientIsn());
    }

    @Test
    void segmentListenerReceivesPayloadInFileOrder() throws IOException {
        TestPcap p = new TestPcap()
                .tcp(0, C, 40000, S, 445, 1000, 0, SYN, 64240, 0, null)
                .tcp(1_000, S, 445, C, 40000, 5000, 1001, SYN | ACK, 65160, 0, null)
                .tcp(2_000, C, 40000, S, 445, 1001, 5001, ACK | PSH, 502, 100, null)
                .tcp(3_000, S, 445, C, 40000, 5001, 1101, ACK | PSH, 509, 40, null)
                .tcp(4_000, C, 40000, S, 445, 1001, 5041, ACK | PSH, 502, 100, null);
        java.util.List<String> seen = new java.util.ArrayList<>();
        CaptureLoader.load(p.write(tmp, "payload.pcap"), org.resetlens.core.CancelToken.none(),
                org.resetlens.core.Progress.NONE,
                (frame, stream, fromB, relSeq, flags, source, offset, length) -> seen.add(frame + ":" + stream + ":"
                        + fromB + ":" + relSeq + ":" + length + ":" + (char) source.u8(offset)
                        + ((flags & TcpAnalysisFlags.SPURIOUS_RETRANSMISSION) != 0 ? ":spurious" : "")));
        assertEquals(java.util.List.of("2:0:false:1:100:x", "3:0:true:1:40:x", "4:0:false:1:100:x:spurious"), seen,
                "frame 5 resends bytes 1..100, which frame 4 had already acknowledged");
    }

    @Test
    void cancelledLoadKeepsTheFramesRead() throws IOException {
        TestPcap p = new TestPcap();
        for (int i = 0; i < 20_000; i++) {
            p.tcp(i * 10L, C, 40000 + i % 50, S, 80, 1000 + i, 1, ACK, 1000, 0, null);
        }
        Path f = p.write(tmp, "many.pcap");
        org.resetlens.core.CancelToken cancel = new org.resetlens.core.CancelToken();
        cancel.cancel();
        Analysis a = CaptureLoader.load(f, cancel, org.resetlens.core.Progress.NONE);
        assertFalse(a.capture().complete());
        assertTrue(a.capture().frames().size() < 20_000);
        assertEquals(a.capture().frames().size(), a.frames().size(), "every frame read was analysed");
        assertEquals(50, CaptureLoader.load(f).tcpStreamCount());
    }
}
