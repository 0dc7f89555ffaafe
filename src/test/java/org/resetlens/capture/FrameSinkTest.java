package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.core.Severity;

/** Comments and names a file may hold are bounded in memory; what is left out is reported once. */
class FrameSinkTest {
    @Test
    void textBeyondTheBudgetIsDroppedAndReported() {
        byte[] text = new byte[65_535];
        Arrays.fill(text, (byte) 'x');
        FrameSink sink = new FrameSink(new FrameIndex(new HeapByteSource(text)), FrameListener.NONE,
                CancelToken.none(), Progress.NONE);
        long fits = FrameSink.TEXT_BUDGET / text.length;
        for (long i = 0; i < fits; i++) assertEquals(text.length, sink.text(sink.index.source(), 0, text.length).length());
        assertNull(sink.text(sink.index.source(), 0, text.length));
        assertNull(sink.text(sink.index.source(), 0, text.length));
        sink.finish(text.length);
        assertEquals(1, sink.diagnostics.size());
        assertEquals(Severity.INFO, sink.diagnostics.get(0).severity());
        assertEquals("2 comments or interface names were not loaded: the file holds more than 64 MiB of them",
                sink.diagnostics.get(0).message());
    }

    @Test
    void trailingNulsAreDropped() {
        FrameSink sink = new FrameSink(new FrameIndex(new HeapByteSource(new byte[] {'h', 'i', 0, 0})),
                FrameListener.NONE, CancelToken.none(), Progress.NONE);
        assertEquals("hi", sink.text(sink.index.source(), 0, 4));
    }
}
