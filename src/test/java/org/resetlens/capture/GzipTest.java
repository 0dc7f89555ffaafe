package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;

/** gzip-compressed captures are recognised by magic, decompressed to a temporary file and read. */
class GzipTest {
    @TempDir
    Path tmp;

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
            gz.write(data);
        }
        return bos.toByteArray();
    }

    private static byte[] pcapng(int frames) {
        Captures.Pcapng b = new Captures.Pcapng().section(false, "zipped").idb(1, 0, null, null, null);
        for (int i = 0; i < frames; i++) b.epb(0, 1_000_000L * i, Captures.data(100 + i % 50, i), "c" + i);
        return b.bytes();
    }

    private Path tempDir() throws IOException {
        return Files.createDirectories(tmp.resolve("decompressed"));
    }

    private Capture read(Path f, long limit) throws IOException {
        return CaptureReader.read(f, FrameListener.NONE, CancelToken.none(), Progress.NONE, tempDir(), limit);
    }

    @Test
    void detectedByMagicNotByName() throws IOException {
        byte[] plain = pcapng(200);
        Path f = tmp.resolve("capture.pcapng");          // no .gz in the name
        Files.write(f, gzip(plain));
        try (Capture c = read(f, Long.MAX_VALUE)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            assertEquals(CaptureFormat.PCAPNG, c.format());
            assertEquals(200, c.frames().size());
            assertEquals(List.of("zipped"), c.sectionComments());
            assertEquals(List.of("c199"), c.frames().comments(199));
            assertArrayEquals(Captures.data(100 + 199 % 50, 199), c.frames().bytes(199));
            assertEquals(1, Files.list(tempDir()).count());
        }
        assertEquals(0, Files.list(tempDir()).count(), "temporary file deleted on close");
    }

    @Test
    void gzippedPcapAndSeveralMembers() throws IOException {
        byte[] pcap = new Captures.Pcap(true, true, 1, 65535).record(1, 2, Captures.data(70, 1))
                .record(3, 4, Captures.data(80, 2)).bytes();
        int half = 24 + 16 + 70;
        byte[] twoMembers = concat(gzip(Arrays.copyOf(pcap, half)), gzip(Arrays.copyOfRange(pcap, half, pcap.length)));
        Path f = tmp.resolve("x.cap");
        Files.write(f, twoMembers);
        try (Capture c = read(f, Long.MAX_VALUE)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            assertEquals(CaptureFormat.PCAP_NANO, c.format());
            assertEquals(2, c.frames().size());
            assertEquals(3_000_000_004L, c.frames().timeNanos(1));
        }
    }

    @Test
    void damagedGzipKeepsFramesBeforeAndGivesOneWarning() throws IOException {
        byte[] plain = pcapng(2000);
        byte[] gz = gzip(plain);
        Path f = tmp.resolve("cut.gz");
        Files.write(f, Arrays.copyOf(gz, gz.length / 2));
        try (Capture c = read(f, Long.MAX_VALUE)) {
            assertEquals(1, c.diagnostics().size(), c.diagnostics()::toString);
            Diagnostic d = c.diagnostics().get(0);
            assertFalse(d.isError());
            assertTrue(d.message().contains("gzip data is damaged"), d.message());
            int n = c.frames().size();
            assertTrue(n > 100 && n < 2000, "frames " + n);
            for (int i = 0; i < n; i++) assertArrayEquals(Captures.data(100 + i % 50, i), c.frames().bytes(i));
        }
        assertEquals(0, Files.list(tempDir()).count());
    }

    @Test
    void expansionBeyondTheLimitIsRefusedWithAClearMessage() throws IOException {
        byte[] plain = pcapng(2000);
        Path f = tmp.resolve("big.gz");
        Files.write(f, gzip(plain));
        try (Capture c = read(f, 100_000)) {
            assertEquals(1, c.diagnostics().size(), c.diagnostics()::toString);
            assertTrue(c.diagnostics().get(0).message().contains("would exceed 100000 bytes"),
                    c.diagnostics().get(0).message());
            assertTrue(c.frames().size() > 0);
            assertTrue(c.frames().source().size() <= 100_000);
        }
    }

    @Test
    void gzipOfSomethingElseIsAnError() throws IOException {
        Path f = tmp.resolve("text.gz");
        Files.write(f, gzip("hello, this is not a capture".getBytes()));
        try (Capture c = read(f, Long.MAX_VALUE)) {
            assertEquals(0, c.frames().size());
            assertEquals(1, c.diagnostics().size());
            assertTrue(c.hasError());
            assertTrue(c.diagnostics().get(0).message().contains("decompressed file is not a pcap or pcapng file"),
                    c.diagnostics().get(0).message());
        }
    }

    @Test
    void gzipMagicWithGarbageIsAnError() throws IOException {
        Path f = tmp.resolve("garbage");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        try (Capture c = read(f, Long.MAX_VALUE)) {
            assertEquals(0, c.frames().size());
            assertEquals(1, c.diagnostics().size(), c.diagnostics()::toString);
            assertTrue(c.hasError());
        }
        assertEquals(0, Files.list(tempDir()).count());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
