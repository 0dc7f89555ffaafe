package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/** The listener sees every frame in order; cancellation stops a load; progress is sparse and ends at 100%. */
class CancelAndProgressTest {
    private static final int FRAMES = 200_000;

    @TempDir
    Path tmp;

    private Path manyFrames() throws IOException {
        Captures.Pcap b = new Captures.Pcap(false, false, 1, 65535);
        byte[] one = {42};
        for (int i = 0; i < FRAMES; i++) b.record(i, 0, one);
        Path f = tmp.resolve("many.pcap");
        Files.write(f, b.bytes());
        return f;
    }

    @Test
    void listenerSeesEveryFrameInOrderWithItsComments() throws IOException {
        byte[] bytes = new Captures.Pcapng().section(false).idb(1, 0, null, null, null)
                .epb(0, 1, Captures.data(10, 1), "a").epb(0, 2, Captures.data(10, 2))
                .epb(0, 3, Captures.data(10, 3), "b", "c").bytes();
        Path f = tmp.resolve("c.pcapng");
        Files.write(f, bytes);
        List<String> seen = new ArrayList<>();
        try (Capture c = CaptureReader.read(f, (index, frame) -> seen.add(frame + ":" + index.size() + ":"
                + String.join("+", index.comments(frame))), CancelToken.none(), Progress.NONE)) {
            assertEquals(List.of("0:1:a", "1:2:", "2:3:b+c"), seen);
        }
    }

    @Test
    void cancellingStopsTheLoadSoon() throws IOException {
        Path f = manyFrames();
        CancelToken cancel = CancelToken.none();
        try (Capture c = CaptureReader.read(f, (index, frame) -> {
            if (frame == 5000) cancel.cancel();
        }, cancel, Progress.NONE)) {
            assertFalse(c.complete());
            assertTrue(c.diagnostics().isEmpty());
            int n = c.frames().size();
            assertTrue(n > 5000 && n <= 5000 + 8192, "stopped after " + n + " frames");
        }
    }

    @Test
    void progressIsReportedEveryFewTenThousandFramesAndEndsAtTheTotal() throws IOException {
        Path f = manyFrames();
        long size = Files.size(f);
        List<long[]> updates = new ArrayList<>();
        try (Capture c = CaptureReader.read(f, FrameListener.NONE, CancelToken.none(),
                (done, total) -> updates.add(new long[] {done, total}))) {
            assertEquals(FRAMES, c.frames().size());
            assertTrue(c.complete());
        }
        assertTrue(updates.size() >= 2 && updates.size() <= FRAMES / 65_536 + 2, "updates " + updates.size());
        long last = -1;
        for (long[] u : updates) {
            assertEquals(size, u[1]);
            assertTrue(u[0] >= last && u[0] <= size);
            last = u[0];
        }
        assertEquals(size, last);
    }

    @Test
    void cancelledBeforeStartingGivesAnIncompleteCapture() throws IOException {
        Path f = manyFrames();
        CancelToken cancel = CancelToken.none();
        cancel.cancel();
        try (Capture c = CaptureReader.read(f, FrameListener.NONE, cancel, Progress.NONE)) {
            assertFalse(c.complete());
            assertTrue(c.frames().size() <= 4096);
        }
        Path gz = tmp.resolve("many.gz");
        Files.write(gz, GzipTest.gzip(Files.readAllBytes(f)));
        try (Capture c = CaptureReader.read(gz, FrameListener.NONE, cancel, Progress.NONE)) {
            assertFalse(c.complete());
            assertEquals(0, c.frames().size());
        }
    }
}
