package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;

/**
 * Differential test against libpcap (through pcap4j): for every corpus capture libpcap opens, the
 * frames it returns (up to where it stops) have our count, nanosecond timestamps, lengths and bytes.
 */
class LibpcapDifferentialTest {
    private static final String[] LIBPCAP = {
        "/usr/lib/x86_64-linux-gnu/libpcap.so.0.8", "/usr/lib/x86_64-linux-gnu/libpcap.so.1",
        "/usr/lib/aarch64-linux-gnu/libpcap.so.0.8", "/usr/lib/libpcap.so"};
    private static boolean loaded;

    /** One frame as libpcap returns it. */
    record Frame(long nanos, int origLen, byte[] data) { }

    @BeforeAll
    static void loadLibpcap() {
        for (String lib : LIBPCAP) {
            if (Files.exists(Path.of(lib))) {
                System.setProperty("org.pcap4j.core.pcapLibName", lib);
                break;
            }
        }
        try {
            Pcaps.libVersion();
            loaded = true;
        } catch (Throwable t) {
            loaded = false;
        }
    }

    @TestFactory
    Stream<DynamicTest> corpusMatchesLibpcap() {
        Assumptions.assumeTrue(loaded, "libpcap cannot be loaded");
        return Shared.readableCorpus().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            List<Frame> theirs = new ArrayList<>();
            boolean completeRead = readWithLibpcap(e.path(), theirs);
            Assumptions.assumeFalse(theirs.isEmpty() && !completeRead, "libpcap does not read " + e.file());
            try (Capture c = CaptureReader.read(e.path(), FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                FrameIndex fi = c.frames();
                // libpcap stops at damage just where we do, so the counts agree for truncated files too
                assertEquals(theirs.size(), fi.size(), "frame count");
                for (int i = 0; i < theirs.size(); i++) {
                    Frame f = theirs.get(i);
                    int n = i;
                    assertEquals(f.nanos(), fi.timeNanos(i), () -> "time of frame " + (n + 1));
                    assertEquals(f.origLen(), fi.originalLength(i), () -> "length of frame " + (n + 1));
                    assertEquals(f.data().length, fi.capturedLength(i), () -> "captured length of frame " + (n + 1));
                    assertTrue(java.util.Arrays.equals(f.data(), fi.bytes(i)), () -> "bytes of frame " + (n + 1));
                }
            }
        }));
    }

    /**
     * Reads all frames libpcap returns; true when it reached the end of the file, false when it
     * refused the file or reported an error part-way (truncation, a second link type).
     */
    private static boolean readWithLibpcap(Path file, List<Frame> out) {
        PcapHandle h;
        try {
            h = Pcaps.openOffline(file.toString(), PcapHandle.TimestampPrecision.NANO);
        } catch (PcapNativeException ex) {
            return false;
        }
        try {
            while (true) {
                byte[] data = h.getNextRawPacketEx();
                Timestamp ts = h.getTimestamp();
                long nanos = Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
                out.add(new Frame(nanos, h.getOriginalLength(), data));
            }
        } catch (EOFException end) {
            return true;
        } catch (PcapNativeException | TimeoutException | org.pcap4j.core.NotOpenException ex) {
            return false;
        } finally {
            h.close();
        }
    }
}
