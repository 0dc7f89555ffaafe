package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.core.Timestamps;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * Frame count, frame.time_epoch, frame.len, frame.cap_len and (pcapng) frame.interface_id equal
 * tshark 4.0.17's: from the corpus truth files for pcap, from tshark itself for pcapng and for
 * captures built here.
 */
class TsharkComparisonTest {
    private static final List<String> FIELDS =
            List.of("frame.time_epoch", "frame.len", "frame.cap_len", "frame.interface_id");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> corpusMatchesTshark() {
        return Shared.readableCorpus().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            List<String> expected;
            if (e.format().equals("pcapng")) {
                Tshark.require();
                expected = Tshark.fields(e.path(), null, FIELDS);
            } else {
                expected = truthRows(e.path());
            }
            assertEquals(expected, ours(e.path(), !e.format().equals("pcapng")), e.file());
        }));
    }

    /** Sections in both byte orders, five tsresol/tsoffset combinations, PB, SPB, comments, skipped blocks. */
    @Test
    void builtPcapngMatchesTshark() throws IOException {
        Tshark.require();
        byte[] p = Captures.data(60, 1);
        byte[] bytes = new Captures.Pcapng().section(false, "first section")
                .idb(1, 0, null, null, "a")
                .idb(1, 0, 0x80 | 20, null, "b")
                .idb(1, 0, 9, 1000L, "c")
                .idb(1, 0, 0x80 | 10, -5L, "d")
                .idb(1, 40, 12, null, "e")
                .epb(0, 1_600_000_000_123_456L, p, "c1")
                .epb(1, (1_600_000_000L << 20) + 123_457, p)
                .epb(2, 1_600_000_000_123_456_789L, p, 100)
                .epb(3, (1_600_000_000L << 10) + 1023, p)
                .epb(4, 1_234_567_890_123_456_789L, Captures.data(40, 2), 60)
                .pb(1, (1_600_000_001L << 20) + 1, p, 60, "pbc")
                .block(5, new byte[12])
                .block(4, new byte[8])
                .block(0x7777, new byte[20])
                .section(true, "second", "another")
                .idb(113, 0, 0x80 | 30, null, "s2a")
                .idb(101, 0, 6, 3L, "s2b")
                .epb(1, 1_700_000_000_000_001L, p)
                .epb(0, (1_600_000_002L << 30) + 777, p, "x", "y")
                .section(false)
                .idb(1, 0, null, null, "s3")
                .epb(0, 1_500_000_000_000_000L, p)
                .bytes();
        Path f = tmp.resolve("built.pcapng");
        Files.write(f, bytes);
        assertEquals(Tshark.fields(f, null, FIELDS), ours(f, false));
    }

    @Test
    void builtPcapVariantsMatchTshark() throws IOException {
        Tshark.require();
        byte[] p = Captures.data(70, 2);
        for (boolean big : new boolean[] {false, true}) {
            for (boolean nanos : new boolean[] {false, true}) {
                byte[] bytes = new Captures.Pcap(big, nanos, 1, 64)
                        .record(1_600_000_000L, nanos ? 999_999_999L : 999_999L, Captures.data(64, 1), 1514)
                        .record(0xF000_0000L, 5, Captures.data(20, 3))
                        .record(0, 0, new byte[0], 0)
                        .record(1_600_000_001L, 1, p, 70)
                        .bytes();
                Path f = tmp.resolve("built-" + big + "-" + nanos + ".pcap");
                Files.write(f, bytes);
                assertEquals(Tshark.fields(f, null, FIELDS.subList(0, 3)), ours(f, true).stream()
                        .map(s -> s.substring(0, s.lastIndexOf('\t'))).toList(), f.toString());
            }
        }
    }

    /** gzip-compressed corpus files (one of them nanosecond, one damaged) read like the originals. */
    @Test
    void gzippedCorpusMatchesTruth() throws IOException {
        for (String name : List.of("wiki_http.cap", "zeek_get_to_ssh_nsec.pcap", "http_fault_post_truncated.pcap")) {
            Path original = Shared.require().resolve("corpus").resolve(name);
            Path gz = tmp.resolve(name + ".gz");
            Files.write(gz, GzipTest.gzip(Files.readAllBytes(original)));
            assertEquals(truthRows(original), ours(gz, true), name);
        }
    }

    /** Our rows as tshark prints them; pcap frames have no frame.interface_id. */
    static List<String> ours(Path file, boolean pcap) {
        List<String> out = new ArrayList<>();
        try (Capture c = CaptureReader.read(file, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            FrameIndex fi = c.frames();
            for (int i = 0; i < fi.size(); i++) {
                String iface = pcap ? "" : Integer.toString(fi.interfaces().get(fi.interfaceId(i)).localId());
                out.add(Timestamps.seconds9(fi.timeNanos(i)) + "\t" + fi.originalLength(i) + "\t"
                        + fi.capturedLength(i) + "\t" + iface);
            }
        }
        return out;
    }

    /** frame.time_epoch, frame.len, frame.cap_len from corpus/truth/FILE.tsv, with an empty interface column. */
    private static List<String> truthRows(Path capture) throws IOException {
        Path truth = capture.getParent().resolve("truth").resolve(capture.getFileName() + ".tsv");
        List<String> lines = Files.readAllLines(truth);
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            out.add(f[1] + "\t" + f[2] + "\t" + f[3] + "\t");
        }
        return out;
    }
}
