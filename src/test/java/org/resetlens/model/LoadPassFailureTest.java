package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;

/** A failure while analysing one frame costs that frame's analysis, not the load; the user is warned. */
class LoadPassFailureTest {
    @TempDir
    Path dir;

    @Test
    void theLoadGoesOnPastAFrameWhoseAnalysisDies() throws Exception {
        TestPcap pcap = new TestPcap();
        for (int i = 0; i < 4; i++) {
            pcap.tcp(i * 1000L, "10.0.0.1", 40000, "10.0.0.2", 80, 1 + 10L * i, 1, TestPcap.ACK | TestPcap.PSH,
                    512, 10, null);
        }
        Path file = pcap.write(dir, "t.pcap");
        TcpSegmentListener diesOnFrame2 = (frame, stream, fromB, relSeq, flags, source, offset, length) -> {
            if (frame == 2) throw new IndexOutOfBoundsException("boom");
        };
        Analysis a = CaptureLoader.load(file, CancelToken.none(), Progress.NONE, diesOnFrame2);
        assertEquals(4, a.frames().size(), "every frame is loaded and analysed");
        assertEquals(FrameColumns.TCP, a.frames().kind(3), "frames after the failure are analysed");
        Diagnostic w = a.capture().diagnostics().stream().filter(d -> d.code().equals("analysis.failed"))
                .findFirst().orElseThrow();
        assertTrue(w.message().contains("1 frame could not be analysed (the first is frame 3)"), w.message());
    }

    @Test
    void aPduOverTheReassemblyLimitIsWarnedOf() throws Exception {
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Length: 100000000\r\n\r\n").getBytes();
        TestPcap pcap = new TestPcap()
                .tcp(0, "10.0.0.1", 40000, "10.0.0.2", 80, 1, 1, TestPcap.ACK | TestPcap.PSH, 512,
                        "GET / HTTP/1.1\r\nHost: a\r\n\r\n".getBytes(), null)
                .tcp(1000, "10.0.0.2", 80, "10.0.0.1", 40000, 1, 28, TestPcap.ACK | TestPcap.PSH, 512, head, null);
        Analysis a = CaptureLoader.load(pcap.write(dir, "big.pcap"));
        Diagnostic w = a.capture().diagnostics().stream().filter(d -> d.code().equals("reassembly.limit"))
                .findFirst().orElseThrow();
        assertTrue(w.message().startsWith("1 application PDU longer than 16 MiB not reassembled"), w.message());
    }
}
