package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/** pcapng files built byte by byte, with expected values worked out by hand. */
class PcapngReaderTest {
    private static final long S = 1_000_000_000L;

    @TempDir
    Path tmp;

    Capture read(byte[] bytes) throws IOException {
        Path f = Files.createTempFile(tmp, "t", ".pcapng");
        Files.write(f, bytes);
        return CaptureReader.read(f, FrameListener.NONE, CancelToken.none(), Progress.NONE);
    }

    @Test
    void sectionsInterfacesResolutionsAndOffsets() throws IOException {
        byte[] p = Captures.data(60, 1);
        byte[] bytes = new Captures.Pcapng().section(true, "big-endian section")
                .idb(1, 0, null, null, "eth0")                 // microseconds
                .idb(101, 0, 0x80 | 20, null, "raw")            // 2^20 units per second
                .epb(1, (1000L << 20) + (1L << 19), p)          // 1000.5 s
                .epb(0, 2_000_250_000L, p)                      // 2000.25 s
                .section(false, "little-endian section")
                .idb(113, 0, 9, 3600L, "sll")                  // nanoseconds, +1 h
                .idb(1, 0, 3, -10L, "ms")                       // milliseconds, -10 s
                .epb(1, 5_001L, p)                              // 5.001 s - 10 s
                .epb(0, 7_000_000_123L, p)                      // 7.000000123 s + 3600 s
                .bytes();
        try (Capture c = read(bytes)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            assertEquals(CaptureFormat.PCAPNG, c.format());
            assertEquals(List.of("big-endian section", "little-endian section"), c.sectionComments());
            FrameIndex fi = c.frames();
            assertEquals(4, fi.size());
            assertEquals(1000 * S + S / 2, fi.timeNanos(0));
            assertEquals(2000 * S + S / 4, fi.timeNanos(1));
            assertEquals(-10 * S + 5 * S + 1_000_000, fi.timeNanos(2));
            assertEquals(3607 * S + 123, fi.timeNanos(3));
            // global ids in order of appearance; local ids restart per section
            assertEquals(List.of(1, 0, 3, 2), List.of(fi.interfaceId(0), fi.interfaceId(1), fi.interfaceId(2),
                    fi.interfaceId(3)));
            assertEquals(List.of(101, 1, 1, 113), List.of(fi.linkType(0), fi.linkType(1), fi.linkType(2),
                    fi.linkType(3)));
            List<CaptureInterface> ifs = fi.interfaces();
            assertEquals(4, ifs.size());
            assertEquals(new CaptureInterface(3, 1, 0, "ms", "", 1000, -10, 1, 1), ifs.get(3));
            assertEquals(new CaptureInterface(1, 101, 0, "raw", "", 1 << 20, 0, 0, 1), ifs.get(1));
            assertArrayEquals(p, fi.bytes(3));
        }
    }

    @Test
    void simpleAndObsoletePacketBlocks() throws IOException {
        byte[] p = Captures.data(60, 2);
        byte[] bytes = new Captures.Pcapng().section(false)
                .idb(1, 48, null, null, null)
                .spb(Captures.data(48, 3), 60)       // cut to the snap length 48
                .spb(Captures.data(20, 4), 20)
                .pb(0, 1_500_000_000_000_001L, p, 1514, "old block")
                .bytes();
        try (Capture c = read(bytes)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            FrameIndex fi = c.frames();
            assertEquals(3, fi.size());
            assertEquals(48, fi.capturedLength(0));
            assertEquals(60, fi.originalLength(0));
            assertArrayEquals(Captures.data(48, 3), fi.bytes(0));
            assertEquals(20, fi.capturedLength(1));
            // header 28 + IDB 20 + SPB 12+48+4 + SPB header 12
            assertEquals(28 + 20 + 64 + 12, fi.dataOffset(1));
            assertEquals(1_500_000_000_000_001_000L, fi.timeNanos(2));
            assertEquals(1514, fi.originalLength(2));
            assertEquals(List.of("old block"), fi.comments(2));
        }
    }

    @Test
    void commentsAndSkippedBlocks() throws IOException {
        byte[] p = Captures.data(33, 5);                      // odd length: padded
        byte[] bytes = new Captures.Pcapng().section(false, "capture of the outage", "second line")
                .block(4, new byte[] {1, 0, 6, 0, 10, 0, 0, 1, 'h', 'o', 's', 't', 0, 0, 0, 0, 0, 0, 0, 0}) // NRB
                .idb(1, 0, null, null, "en0")
                .epb(0, 10, p, "first", "snd comment é")
                .block(5, new byte[20])                             // ISB
                .block(0x0A, new byte[16])                          // DSB
                .block(0x1234_5678, new byte[8])                    // unknown
                .epb(0, 11, p)
                .bytes();
        try (Capture c = read(bytes)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            assertEquals(List.of("capture of the outage", "second line"), c.sectionComments());
            FrameIndex fi = c.frames();
            assertEquals(2, fi.size());
            assertEquals(List.of("first", "snd comment é"), fi.comments(0));
            assertEquals(List.of(), fi.comments(1));
            assertArrayEquals(new int[] {0}, fi.commentedFrames());
            assertArrayEquals(p, fi.bytes(1));
            assertEquals(11_000, fi.timeNanos(1));
        }
    }

    /** Wireshark lists a Custom Block as a frame without interface; its bytes follow the PEN. */
    @Test
    void customBlockIsAFrameWithoutInterface() throws IOException {
        byte[] bytes = new Captures.Pcapng().section(false)
                .idb(1, 0, null, null, null)
                .block(0x0BAD, new byte[] {0, 0, 0x7e, 0x59, 1, 2, 3, 4})
                .epb(0, 1, Captures.data(10, 1))
                .bytes();
        try (Capture c = read(bytes)) {
            FrameIndex fi = c.frames();
            assertEquals(2, fi.size());
            assertEquals(-1, fi.interfaceId(0));
            assertEquals(-1, fi.linkType(0));
            assertArrayEquals(new byte[] {1, 2, 3, 4}, fi.bytes(0));
            assertEquals(4, fi.originalLength(0));
            assertEquals(1, fi.linkType(1));
        }
    }

    @Test
    void tsresolForms() {
        assertEquals(1, PcapngParser.unitsPerSecond(0, 7));
        assertEquals(1_000_000, PcapngParser.unitsPerSecond(6, 7));
        assertEquals(1_000_000_000_000_000_000L, PcapngParser.unitsPerSecond(18, 7));
        assertEquals(7, PcapngParser.unitsPerSecond(19, 7));
        assertEquals(1024, PcapngParser.unitsPerSecond(0x8a, 7));
        assertEquals(1L << 62, PcapngParser.unitsPerSecond(0x80 | 62, 7));
        assertEquals(7, PcapngParser.unitsPerSecond(0x80 | 63, 7));
    }
}
