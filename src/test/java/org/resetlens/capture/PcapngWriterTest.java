package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/** read → write pcapng → read keeps frames, bytes, timestamps, link types and comments; tshark agrees. */
class PcapngWriterTest {
    @TempDir
    Path tmp;

    static Capture read(Path f) {
        return CaptureReader.read(f, FrameListener.NONE, CancelToken.none(), Progress.NONE);
    }

    static byte[] builtMultiSection() {
        byte[] p = Captures.data(61, 1);
        return new Captures.Pcapng().section(true, "section one", "line two")
                .idb(1, 0, null, null, "eth0")
                .idb(101, 128, 0x80 | 20, 7L, "raw")
                .idb(1, 0, 12, null, null)                      // finer than a nanosecond
                .epb(0, 1_600_000_000_000_001L, p, "c1", "c2")
                .epb(1, (1_600_000_000L << 20) + 99_999, p, 100)
                .epb(2, 1_234_567_890_123_456_789L, p)
                .spb(Captures.data(20, 2), 20)
                .block(0x0BAD, new byte[] {0, 0, 0x7e, 0x59, 9, 8, 7, 6})
                .section(false, "section two")
                .idb(113, 0, 9, -3L, "any")
                .pb(0, 1_700_000_000_123_456_789L, p, 61, "old")
                .bytes();
    }

    @Test
    void roundTripKeepsEverything() throws IOException {
        Path in = tmp.resolve("in.pcapng");
        Files.write(in, builtMultiSection());
        Path out = tmp.resolve("out.pcapng");
        try (Capture a = read(in)) {
            assertTrue(a.diagnostics().isEmpty(), a.diagnostics()::toString);
            a.frames().addComment(1, "added by a user");
            PcapngWriter.write(a.frames(), a.sectionComments(), out);
            try (Capture b = read(out)) {
                assertTrue(b.diagnostics().isEmpty(), b.diagnostics()::toString);
                assertSame(a, b);
                assertEquals(List.of("added by a user"), b.frames().comments(1));
                assertEquals(List.of("c1", "c2"), b.frames().comments(0));
                assertEquals(List.of("old"), b.frames().comments(5));
            }
        }
    }

    @Test
    void writesASubsetOfFrames() throws IOException {
        Path in = tmp.resolve("in.pcapng");
        Files.write(in, builtMultiSection());
        Path out = tmp.resolve("part.pcapng");
        try (Capture a = read(in)) {
            PcapngWriter.write(a.frames(), new int[] {5, 0}, List.of(), out);
            try (Capture b = read(out)) {
                assertEquals(2, b.frames().size());
                assertArrayEquals(a.frames().bytes(5), b.frames().bytes(0));
                assertEquals(a.frames().timeNanos(5), b.frames().timeNanos(0));
                assertEquals(a.frames().timeNanos(0), b.frames().timeNanos(1));
                assertEquals(List.of(), b.sectionComments());
            }
        }
    }

    @Test
    void tsharkShowsTheCommentsAndTimes() throws IOException {
        Tshark.require();
        Path in = tmp.resolve("in.pcapng");
        Files.write(in, builtMultiSection());
        Path out = tmp.resolve("out.pcapng");
        try (Capture a = read(in)) {
            a.frames().addComment(3, "why did the server reset?");
            PcapngWriter.write(a.frames(), a.sectionComments(), out);
        }
        List<String> comments = Tshark.fields(out, null, List.of("frame.comment"));
        assertEquals(List.of("c1,c2", "", "", "why did the server reset?", "", "old"), comments);
        List<String> fields = List.of("frame.time_epoch", "frame.len", "frame.cap_len");
        List<String> expected = new java.util.ArrayList<>(Tshark.fields(in, null, fields));
        // the Simple Packet Block (frame 4) has no timestamp; written as an EPB it gets time 0
        assertEquals("\t20\t20", expected.get(3));
        expected.set(3, "0.000000000\t20\t20");
        assertEquals(expected, Tshark.fields(out, null, fields));
        List<String> shb = Tshark.run(List.of("capinfos", "-k", out.toString()));
        assertTrue(String.join("\n", shb).contains("section one"), shb::toString);
    }

    @TestFactory
    Stream<DynamicTest> corpusRoundTrips() {
        return Shared.readableCorpus().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            Path out = tmp.resolve(e.file() + ".pcapng");
            try (Capture a = read(e.path())) {
                PcapngWriter.write(a.frames(), a.sectionComments(), out);
                try (Capture b = read(out)) {
                    assertTrue(b.diagnostics().isEmpty(), b.diagnostics()::toString);
                    assertSame(a, b);
                }
            }
        }));
    }

    /** Same frames, bytes, times, lengths, link types, comments and section comments. */
    static void assertSame(Capture a, Capture b) {
        FrameIndex x = a.frames();
        FrameIndex y = b.frames();
        assertEquals(x.size(), y.size());
        assertEquals(a.sectionComments(), b.sectionComments());
        for (int i = 0; i < x.size(); i++) {
            int n = i + 1;
            assertEquals(x.timeNanos(i), y.timeNanos(i), () -> "time of frame " + n);
            assertEquals(x.originalLength(i), y.originalLength(i), () -> "length of frame " + n);
            assertEquals(x.linkType(i), y.linkType(i), () -> "link type of frame " + n);
            assertEquals(x.interfaceId(i), y.interfaceId(i), () -> "interface of frame " + n);
            assertArrayEquals(x.bytes(i), y.bytes(i), () -> "bytes of frame " + n);
            assertEquals(x.comments(i), y.comments(i), () -> "comments of frame " + n);
        }
    }
}
