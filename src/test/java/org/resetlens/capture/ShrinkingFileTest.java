package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/** A file truncated by another program while it loads gives a warning, not a crash. */
class ShrinkingFileTest {
    @TempDir
    Path tmp;

    @Test
    void truncatedWhileReading() throws IOException {
        Captures.Pcap b = new Captures.Pcap(false, false, 1, 65535);
        for (int i = 0; i < 20_000; i++) b.record(i, 0, Captures.data(200, i));
        Path f = tmp.resolve("shrinking.pcap");
        Files.write(f, b.bytes());
        try (Capture c = CaptureReader.read(f, (index, frame) -> {
            if (frame == 10) {
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                    raf.setLength(8192);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }, CancelToken.none(), Progress.NONE)) {
            assertTrue(c.frames().size() >= 11 && c.frames().size() < 20_000, "frames " + c.frames().size());
            assertEquals(1, c.diagnostics().size(), c.diagnostics()::toString);
            assertFalse(c.diagnostics().get(0).isError());
            assertTrue(c.diagnostics().get(0).message().startsWith("the file shrank while it was being read"));
        }
    }
}
