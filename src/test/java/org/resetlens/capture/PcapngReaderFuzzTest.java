package org.resetlens.capture;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the pcapng reader: a valid Section Header Block in either byte order,
 * then fuzzer bytes as blocks (interfaces, packets, options, further sections). Same guarantees as
 * {@link PcapReaderFuzzTest}.
 */
class PcapngReaderFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void read(FuzzedDataProvider d) {
        boolean little = d.consumeBoolean();
        byte[] shb = new byte[28];
        put32(shb, 0, 0x0a0d0d0aL, little);
        put32(shb, 4, 28, little);
        put32(shb, 8, 0x1a2b3c4dL, little);
        put32(shb, 12, 1, little);
        put32(shb, 16, 0xffffffffL, little);
        put32(shb, 20, 0xffffffffL, little);
        put32(shb, 24, 28, little);
        byte[] body = d.consumeRemainingAsBytes();
        byte[] file = new byte[shb.length + body.length];
        System.arraycopy(shb, 0, file, 0, shb.length);
        System.arraycopy(body, 0, file, shb.length, body.length);
        PcapReaderFuzzTest.checkRead(file);
    }

    private static void put32(byte[] b, int off, long v, boolean little) {
        for (int i = 0; i < 4; i++) b[off + (little ? i : 3 - i)] = (byte) (v >>> (8 * i));
    }
}
