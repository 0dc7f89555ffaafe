package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/** Classic pcap files built byte by byte: both byte orders, both resolutions, the modified variant. */
class PcapReaderTest {
    @TempDir
    Path tmp;

    Capture read(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(tmp, "t", ".pcap");
        Files.write(f, bytes);
        return CaptureReader.read(f, FrameListener.NONE, CancelToken.none(), Progress.NONE);
    }

    @ParameterizedTest
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void readsBothByteOrdersAndResolutions(boolean big, boolean nanos) throws IOException {
        byte[] a = Captures.data(60, 1);
        byte[] b = Captures.data(40, 2);
        byte[] bytes = new Captures.Pcap(big, nanos, 113, 40)
                .record(1_600_000_000L, 123_456, a, 60)
                .record(0xFFFF_FFFFL, nanos ? 999_999_999L : 999_999L, b, 1500)
                .bytes();
        try (Capture c = read(bytes)) {
            assertEquals(nanos ? CaptureFormat.PCAP_NANO : CaptureFormat.PCAP, c.format());
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            FrameIndex fi = c.frames();
            assertEquals(2, fi.size());
            assertEquals(1_600_000_000_000_000_000L + (nanos ? 123_456L : 123_456_000L), fi.timeNanos(0));
            // seconds are unsigned 32-bit: 4294967295 s is in 2106
            assertEquals(4_294_967_295L * 1_000_000_000L + 999_999_999L - (nanos ? 0 : 999), fi.timeNanos(1));
            assertEquals(60, fi.capturedLength(0));
            assertEquals(40, fi.capturedLength(1));
            assertEquals(1500, fi.originalLength(1));
            assertEquals(24 + 16, fi.dataOffset(0));
            assertEquals(24 + 16 + 60 + 16, fi.dataOffset(1));
            assertArrayEquals(b, fi.bytes(1));
            assertEquals(113, fi.linkType(1));
            assertEquals(1, fi.interfaces().size());
            assertEquals(40, fi.interfaces().get(0).snapLength());
        }
    }

    /** The Kuznetzov "modified" pcap has 8 more bytes (ifindex, protocol, type, pad) per record header. */
    @Test
    void readsModifiedPcap() throws IOException {
        Captures.Bytes b = new Captures.Bytes(false).u32(0xa1b2cd34L).u16(2).u16(4).u32(0).u32(0).u32(65535).u32(1);
        byte[] p = Captures.data(50, 3);
        b.u32(1000).u32(5).u32(50).u32(50).u32(2).u16(0x0800).u8(0).u8(0).raw(p);
        b.u32(1001).u32(6).u32(50).u32(50).u32(2).u16(0x0800).u8(4).u8(0).raw(p);
        try (Capture c = read(b.toArray())) {
            assertEquals(2, c.frames().size());
            assertEquals(24 + 24, c.frames().dataOffset(0));
            assertEquals(1001_000_006_000L, c.frames().timeNanos(1));
            assertArrayEquals(p, c.frames().bytes(1));
            assertTrue(c.diagnostics().isEmpty());
        }
    }

    /** The link type is the low 16 bits of the header field (the upper bits carry FCS information). */
    @Test
    void linkTypeIgnoresFcsBits() throws IOException {
        Captures.Bytes b = new Captures.Bytes(true).u32(0xa1b2c3d4L).u16(2).u16(4).u32(0).u32(0).u32(65535)
                .u32(0x1000_0000L | 0x0400_0000L | 1);
        try (Capture c = read(b.toArray())) {
            assertEquals(0, c.frames().size());
            assertEquals(1, c.frames().interfaces().get(0).linkType());
            assertTrue(c.diagnostics().isEmpty());
        }
    }

    @Test
    void headerOnlyFileHasNoFramesAndNoProblem() throws IOException {
        try (Capture c = read(new Captures.Pcap(false, false, 1, 65535).bytes())) {
            assertEquals(0, c.frames().size());
            assertTrue(c.diagnostics().isEmpty());
            assertTrue(c.complete());
        }
    }
}
