package org.resetlens.ui.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.ui.UiTestCaptures;

/**
 * The production backend end to end on a hand-built capture (client 10.0.0.1:50000, server
 * 10.0.0.2:445; handshake, answered request, unanswered request, RST from the client 30 s later).
 */
class EngineBackendTest {
    @TempDir
    Path dir;

    private CaptureSession load(EngineBackend backend, byte[] file) throws Exception {
        Path p = dir.resolve("t.pcap");
        Files.write(p, file);
        List<CapturePreview> previews = new ArrayList<>();
        CaptureSession s = backend.load(p, previews::add, CancelToken.none(), Progress.NONE);
        assertEquals(1, previews.size(), "one preview, on the first frame");
        return s;
    }

    @Test
    void rowsStreamsConversationsAndFollow() throws Exception {
        try (CaptureSession s = load(new EngineBackend(), UiTestCaptures.pcap())) {
            assertEquals(7, s.frames().size());
            assertTrue(s.complete());
            assertEquals(List.of(), s.diagnostics());
            PacketRow first = s.row(0);
            assertEquals("10.0.0.1", first.source());
            assertEquals("10.0.0.2", first.destination());
            assertTrue(s.row(6).info().contains("[RST, ACK]"), s.row(6).info());
            assertEquals(0, s.tcpStream(6));
            assertEquals(-1, s.udpStream(6));
            assertTrue(s.dissect(3).orElseThrow().roots().size() >= 4, "frame, eth, ip, tcp");

            ConversationRow c = s.conversations().get(0);
            assertEquals("10.0.0.1", c.addressA());
            assertEquals(50000, c.portA());
            assertEquals(445, c.portB());
            assertEquals(5, c.packetsAtoB());
            assertEquals(2, c.packetsBtoA());
            assertEquals(1, c.resets());

            List<StreamChunk> chunks = s.followTcp(0);
            assertEquals(3, chunks.size());
            assertArrayEquals(UiTestCaptures.REQUEST1, chunks.get(0).data());
            assertTrue(chunks.get(0).fromClient());
            assertArrayEquals(UiTestCaptures.RESPONSE1, chunks.get(1).data());
            assertFalse(chunks.get(1).fromClient());
            assertArrayEquals(UiTestCaptures.REQUEST2, chunks.get(2).data());
        }
    }

    @Test
    void filtersCompileWithDiagnosticsAndMatchFrames() throws Exception {
        EngineBackend backend = new EngineBackend();
        try (CaptureSession s = load(backend, UiTestCaptures.pcap())) {
            FilterCheck ok = backend.filters().check("tcp.flags.reset == 1");
            assertFalse(ok.hasErrors());
            IntPredicate rst = s.matcher(ok.filter().orElseThrow());
            List<Integer> hits = new ArrayList<>();
            for (int f = 0; f < 7; f++) if (rst.test(f)) hits.add(f);
            assertEquals(List.of(6), hits);

            IntPredicate len = s.matcher(backend.filters().check("tcp.len > 0").filter().orElseThrow());
            hits.clear();
            for (int f = 0; f < 7; f++) if (len.test(f)) hits.add(f);
            assertEquals(List.of(3, 4, 5), hits);

            FilterCheck typo = backend.filters().check("tcp.prot == 445");
            assertTrue(typo.hasErrors());
            assertTrue(typo.filter().isEmpty());
            assertEquals(0, typo.diagnostics().get(0).offset(), "the error points at the unknown name");
            assertEquals("tcp.port", typo.suggestion());
            assertTrue(backend.filters().fieldNames().contains("tcp.flags.reset"));
        }
    }

    @Test
    void theResetIsExplainedWithItsTrigger() throws Exception {
        try (CaptureSession s = load(new EngineBackend(), UiTestCaptures.pcap())) {
            assertEquals(1, s.resets().size());
            ResetInfo r = s.resets().get(0);
            assertEquals(6, r.frame());
            assertEquals(0, r.stream());
            assertEquals("client", r.sender());
            // rst-causes.md: the client's last request got no data back; 30 s later the client reset
            assertEquals("request-timeout", r.cause());
            assertEquals(5, r.triggerFrame(), "the unanswered request");
            assertFalse(r.explanation().isBlank());
            assertFalse(r.trace().isEmpty());
            assertTrue(r.traceFilter().startsWith("tcp.stream eq 0 && "), r.traceFilter());
        }
    }

    @Test
    void aDamagedFileKeepsTheFramesBeforeTheDamage() throws Exception {
        byte[] full = UiTestCaptures.pcap();
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 30);
        try (CaptureSession s = load(new EngineBackend(), cut)) {
            assertEquals(6, s.frames().size());
            assertFalse(s.diagnostics().isEmpty(), "the truncation is reported");
        }
    }
}
