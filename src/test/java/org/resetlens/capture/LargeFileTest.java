package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/**
 * A sparse pcapng file over 4 GiB (a huge skipped block in the middle): packets at offsets past
 * 2^32, and one whose header and data straddle the 4 GiB mapping boundary, read correctly.
 */
class LargeFileTest {
    private static final long FOUR_GIB = 1L << 32;

    @TempDir
    Path tmp;

    @Test
    void packetsBeyondFourGibibytes() throws IOException {
        byte[] head = new Captures.Pcapng().section(false, "big").idb(1, 0, null, null, null)
                .epb(0, 1_000_000, Captures.data(8, 1)).bytes();
        assertEquals(40 + 20 + 40, head.length);        // SHB with a comment, IDB, EPB
        long giantStart = head.length;
        long giantLen = FOUR_GIB - 40 - giantStart;                 // the next block starts 40 bytes before 4 GiB
        // blocks without a section header of their own, little-endian like the head
        byte[] tail = new Captures.Pcapng().epb(0, 2_000_000, Captures.data(100, 2), "straddles")
                .epb(0, 3_000_000, Captures.data(60, 3), "past 4 GiB").bytes();
        Path f = tmp.resolve("sparse.pcapng");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.write(head);
            raf.write(le32(0x7777));
            raf.write(le32(giantLen));
            raf.seek(giantStart + giantLen - 4);
            raf.write(le32(giantLen));
            raf.write(tail);
        }
        try (Capture c = CaptureReader.read(f, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            assertTrue(c.diagnostics().isEmpty(), c.diagnostics()::toString);
            FrameIndex fi = c.frames();
            assertEquals(3, fi.size());
            assertEquals(FOUR_GIB - 40 + 28, fi.dataOffset(1));
            assertArrayEquals(Captures.data(100, 2), fi.bytes(1));
            assertEquals(2_000_000_000L, fi.timeNanos(1));
            assertEquals(java.util.List.of("straddles"), fi.comments(1));
            assertTrue(fi.dataOffset(2) > FOUR_GIB);
            assertArrayEquals(Captures.data(60, 3), fi.bytes(2));
            assertEquals(java.util.List.of("past 4 GiB"), fi.comments(2));
            assertEquals(3_000_000_000L, fi.timeNanos(2));
        }
    }

    private static byte[] le32(long v) {
        return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
    }
}
