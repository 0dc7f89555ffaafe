package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The columns keep every frame through growth and pre-sizing; frames without an interface have no link type. */
class FrameIndexTest {
    @Test
    void keepsFramesThroughGrowthAndPresizing() {
        FrameIndex fi = new FrameIndex(new HeapByteSource(new byte[0]));
        fi.setInterfaces(List.of(new CaptureInterface(0, 1, 0, "", "", 1_000_000, 0)));
        for (int i = 0; i < 5000; i++) {
            if (i == 3000) fi.ensureCapacity(100_000);
            if (i == 4000) fi.ensureCapacity(10);
            assertEquals(i, fi.add(i * 10L, i % 1500, i, i * 1000L, i % 7 == 0 ? -1 : 0));
        }
        assertEquals(5000, fi.size());
        for (int i = 0; i < 5000; i++) {
            assertEquals(i * 10L, fi.dataOffset(i));
            assertEquals(i % 1500, fi.capturedLength(i));
            assertEquals(i, fi.originalLength(i));
            assertEquals(i * 1000L, fi.timeNanos(i));
            assertEquals(i % 7 == 0 ? -1 : 1, fi.linkType(i));
        }
    }
}
