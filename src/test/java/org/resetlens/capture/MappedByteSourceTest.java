package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mapped source agrees with the heap source everywhere, including across chunk boundaries. */
class MappedByteSourceTest {
    @TempDir
    Path tmp;

    @Test
    void smallChunksAgreeWithHeapEverywhere() throws IOException {
        byte[] data = new byte[3 * 256 + 77];
        new Random(7).nextBytes(data);
        Path f = tmp.resolve("d.bin");
        Files.write(f, data);
        HeapByteSource heap = new HeapByteSource(data);
        try (MappedByteSource m = MappedByteSource.open(f, 8, null)) {
            assertEquals(data.length, m.size());
            for (int i = 0; i < data.length; i++) {
                assertEquals(data[i], m.get(i));
                assertEquals(heap.u8(i), m.u8(i));
                if (i + 2 <= data.length) {
                    assertEquals(heap.u16(i, true), m.u16(i, true), "u16 be at " + i);
                    assertEquals(heap.u16(i, false), m.u16(i, false), "u16 le at " + i);
                }
                if (i + 4 <= data.length) {
                    assertEquals(heap.u32(i, true), m.u32(i, true), "u32 be at " + i);
                    assertEquals(heap.u32(i, false), m.u32(i, false), "u32 le at " + i);
                }
            }
            // copies that start anywhere and straddle one or more chunks
            for (int from = 0; from < data.length; from += 13) {
                for (int len : new int[] {0, 1, 5, 255, 256, 300, 600}) {
                    if (from + len > data.length) continue;
                    assertArrayEquals(Arrays.copyOfRange(data, from, from + len), m.bytes(from, len));
                }
            }
        }
    }

    @Test
    void readsOutsideTheFileThrowIndexOutOfBounds() throws IOException {
        Path f = tmp.resolve("e.bin");
        Files.write(f, new byte[300]);
        try (MappedByteSource m = MappedByteSource.open(f, 8, null)) {
            assertThrows(IndexOutOfBoundsException.class, () -> m.get(300));
            assertThrows(IndexOutOfBoundsException.class, () -> m.u32(298, true));
            assertThrows(IndexOutOfBoundsException.class, () -> m.u16(-1, true));
            assertThrows(IndexOutOfBoundsException.class, () -> m.bytes(290, 20));
        }
    }

    @Test
    void emptyFileMaps() throws IOException {
        Path f = tmp.resolve("empty.bin");
        Files.write(f, new byte[0]);
        try (MappedByteSource m = MappedByteSource.open(f)) {
            assertEquals(0, m.size());
            assertThrows(IndexOutOfBoundsException.class, () -> m.get(0));
        }
    }

    @Test
    void temporaryFileIsDeletedOnClose() throws IOException {
        Path f = tmp.resolve("t.bin");
        Files.write(f, new byte[10]);
        MappedByteSource m = MappedByteSource.openTemporary(f);
        m.close();
        assertFalse(Files.exists(f));
    }
}
