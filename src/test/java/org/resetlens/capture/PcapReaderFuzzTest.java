package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the pcap reader: a file header of any of the four magics and either byte
 * order, then fuzzer bytes as records. The reader must never throw, and every indexed frame must lie
 * inside the file. Saved inputs in {@code PcapReaderFuzzTestInputs/} replay in the normal build.
 */
class PcapReaderFuzzTest {
    private static final long[] MAGICS = {0xa1b2c3d4L, 0xa1b23c4dL, 0xa1b2cd34L, 0xa1b2c3d4L};

    @FuzzTest(maxDuration = "2m")
    void read(FuzzedDataProvider d) {
        long magic = d.pickValue(MAGICS);
        boolean little = d.consumeBoolean();
        byte[] header = new byte[24];
        put32(header, 0, magic, little);
        put16(header, 4, d.consumeBoolean() ? 2 : d.consumeInt(0, 0xffff), little);
        put16(header, 6, 4, little);
        put32(header, 16, d.consumeBoolean() ? 262144 : d.consumeInt() & 0xffffffffL, little);
        put32(header, 20, d.consumeBoolean() ? 1 : d.consumeInt() & 0xffffffffL, little);
        byte[] body = d.consumeRemainingAsBytes();
        byte[] file = new byte[header.length + body.length];
        System.arraycopy(header, 0, file, 0, header.length);
        System.arraycopy(body, 0, file, header.length, body.length);
        checkRead(file);
    }

    /** Reads {@code file} and checks what every reader must guarantee on any input. */
    static void checkRead(byte[] file) {
        try (Capture c = CaptureReader.read(new HeapByteSource(file), (index, frame) -> index.bytes(frame))) {
            assertNotNull(c.diagnostics());
            FrameIndex idx = c.frames();
            for (int f = 0; f < idx.size(); f++) {
                long end = idx.dataOffset(f) + idx.capturedLength(f);
                assertTrue(idx.capturedLength(f) >= 0 && idx.dataOffset(f) >= 0 && end <= file.length,
                        "frame " + f + " outside the file");
                idx.linkType(f);
            }
        }
    }

    private static void put16(byte[] b, int off, int v, boolean little) {
        b[off + (little ? 0 : 1)] = (byte) v;
        b[off + (little ? 1 : 0)] = (byte) (v >>> 8);
    }

    private static void put32(byte[] b, int off, long v, boolean little) {
        for (int i = 0; i < 4; i++) b[off + (little ? i : 3 - i)] = (byte) (v >>> (8 * i));
    }
}
