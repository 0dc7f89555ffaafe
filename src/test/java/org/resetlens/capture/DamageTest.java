package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;

/**
 * Damaged captures: cut short, bytes flipped, length fields corrupted. Reading always returns, the
 * frames before the damage are intact, and damage gives exactly one warning that names its offset.
 */
@Timeout(120)
class DamageTest {
    private static final List<String> CORPUS = List.of("wiki_http.cap", "arkime_bigendian.pcap",
            "zeek_get_to_ssh_nsec.pcap", "gopacket_be_comments.pcapng", "gopacket_le_comments.pcapng",
            "wiki_many_interfaces.pcapng", "cs_tcp_zerowindowdead.pcapng", "wiki_http2_ssl.pcapng");

    @TempDir
    Path tmp;

    /** A frame as the intact file gives it, and the offset where its record or block ends. */
    record Frame(long offset, int capLen, int origLen, long nanos, int iface, long end) { }

    /** The inputs: small corpus files and captures built here. */
    static List<Object[]> inputs() throws IOException {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] {"built-le.pcap", new Captures.Pcap(false, false, 1, 65535)
                .record(1, 2, Captures.data(60, 1)).record(3, 4, Captures.data(61, 2), 100)
                .record(5, 6, Captures.data(62, 3)).bytes()});
        out.add(new Object[] {"built-be-nano.pcap", new Captures.Pcap(true, true, 101, 65535)
                .record(1, 2, Captures.data(40, 1)).record(3, 4, Captures.data(41, 2))
                .record(5, 6, Captures.data(42, 3)).bytes()});
        out.add(new Object[] {"built-two-sections.pcapng", new Captures.Pcapng().section(true, "s1")
                .idb(1, 0, 9, 5L, "a").idb(101, 0, null, null, null)
                .epb(1, 10, Captures.data(33, 1), "c").block(5, new byte[12]).spb(Captures.data(20, 2), 20)
                .section(false).idb(1, 0, 0x80 | 20, null, "b").pb(0, 99, Captures.data(50, 3), 50, "p")
                .block(0x0BAD, new byte[8]).epb(0, 100, Captures.data(44, 4)).bytes()});
        Shared.dir().ifPresent(shared -> {
            for (String name : CORPUS) {
                try {
                    out.add(new Object[] {name, Files.readAllBytes(shared.resolve("corpus").resolve(name))});
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        return out;
    }

    @TestFactory
    Stream<DynamicTest> cutAtManyOffsets() throws IOException {
        return inputs().stream().map(in -> DynamicTest.dynamicTest((String) in[0], () -> {
            byte[] file = (byte[]) in[1];
            List<Frame> intact = intact(file);
            long headerEnd = headerEnd(file);
            int step = Math.max(1, file.length / 400);
            for (int cut = 0; cut < file.length; cut += cut < 64 ? 1 : step) {
                Result r = read(Arrays.copyOf(file, cut));
                int c = cut;
                if (cut < headerEnd) {
                    assertEquals(0, r.frames.size());
                    assertEquals(1, r.diags.size(), () -> "cut " + c + ": " + r.diags);
                    assertTrue(r.diags.get(0).isError());
                    continue;
                }
                long expected = intact.stream().filter(f -> f.end() <= c).count();
                assertEquals(expected, r.frames.size(), () -> "frames after a cut at " + c);
                assertPrefix(intact, r.frames, c);
                boolean atBoundary = cut == headerEnd || intact.stream().anyMatch(f -> f.end() == c)
                        || blockEnds(file).contains((long) c);
                if (atBoundary) {
                    assertTrue(r.diags.isEmpty(), () -> "cut " + c + ": " + r.diags);
                } else {
                    assertOneWarningWithOffset(r.diags, "cut " + cut);
                    assertTrue(r.diags.get(0).message().contains("ends inside"), r.diags.get(0).message());
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> flippedBytes() throws IOException {
        return inputs().stream().map(in -> DynamicTest.dynamicTest((String) in[0], () -> {
            byte[] file = (byte[]) in[1];
            List<Frame> intact = intact(file);
            int step = Math.max(1, file.length / 300);
            for (int pos = 0; pos < file.length; pos += step) {
                for (int value : new int[] {0x00, 0xFF, file[pos] ^ 0x80, file[pos] ^ 0x01}) {
                    byte[] damaged = file.clone();
                    damaged[pos] = (byte) value;
                    Result r = read(damaged);
                    int p = pos;
                    assertTrue(r.diags.size() <= 1, () -> "flip at " + p + ": " + r.diags);
                    if (r.diags.size() == 1 && !r.diags.get(0).isError()) {
                        assertOneWarningWithOffset(r.diags, "flip at " + pos);
                    }
                    // every frame that ended before the damaged byte is read unchanged
                    List<Frame> before = intact.stream().filter(f -> f.end() <= p).toList();
                    if (r.diags.stream().noneMatch(Diagnostic::isError)) {
                        assertTrue(r.frames.size() >= before.size(), () -> "flip at " + p + " lost frames");
                        assertPrefix(before, r.frames.subList(0, before.size()), p);
                    }
                    for (Frame f : r.frames) assertTrue(f.offset() + f.capLen() <= damaged.length);
                }
            }
        }));
    }

    @Test
    void corruptCapturedLengthInPcapStopsThereWithOneWarning() throws IOException {
        byte[] file = new Captures.Pcap(false, false, 1, 65535).record(1, 0, Captures.data(60, 1))
                .record(2, 0, Captures.data(60, 2)).record(3, 0, Captures.data(60, 3)).bytes();
        long second = 24 + 16 + 60;
        for (long bad : new long[] {0xFFFF_FFFFL, 262_145L, 1L << 31}) {
            byte[] damaged = file.clone();
            putLe32(damaged, (int) second + 8, bad);
            Result r = read(damaged);
            assertEquals(1, r.frames.size());
            assertEquals(List.of(Diagnostic.warning("pcap.record.length", second, "pcap record at offset " + second
                    + ": captured length " + bad + " exceeds the maximum of 262144 bytes")), r.diags);
        }
        byte[] damaged = file.clone();
        putLe32(damaged, (int) second + 8, 98_304);
        Result r = read(damaged);
        assertEquals(1, r.frames.size());
        assertEquals(List.of(Diagnostic.warning("pcap.record.truncated", second, "file ends inside the record at offset "
                + second + " (needed 98320 bytes, 152 left)")), r.diags);
    }

    @Test
    void corruptBlockLengthsInPcapngStopThereWithOneWarning() throws IOException {
        byte[] file = new Captures.Pcapng().section(false).idb(1, 0, null, null, null)
                .epb(0, 1, Captures.data(60, 1)).epb(0, 2, Captures.data(60, 2)).epb(0, 3, Captures.data(60, 3)).bytes();
        int second = 28 + 20 + 92;
        Object[][] cases = {
            {0xFFFF_FFF0L, "file ends inside the block at offset 140 (needed 4294967280 bytes, 184 left)"},
            {7L, "pcapng block at offset 140: block length 7 is less than the minimum of 12"},
            {90L, "pcapng block at offset 140: block length 90 is not a multiple of 4"},
            {88L, "pcapng block at offset 140: trailing length 3688156614 does not match the block length 88"},
            {20L, "pcapng block at offset 140: trailing length 2 does not match the block length 20"},
        };
        for (Object[] c : cases) {
            byte[] damaged = file.clone();
            putLe32(damaged, second + 4, (Long) c[0]);
            Result r = read(damaged);
            assertEquals(1, r.frames.size(), c[1].toString());
            assertEquals(1, r.diags.size());
            assertEquals(second, r.diags.get(0).offset());
            assertEquals(c[1], r.diags.get(0).message());
        }
        byte[] damaged = file.clone();
        putLe32(damaged, second + 20, 1000);      // captured length larger than the block
        Result r = read(damaged);
        assertEquals(List.of(Diagnostic.warning("pcapng.epb.caplen", second, "pcapng enhanced packet block at offset "
                + second + ": captured length 1000 does not fit in the block length 92")), r.diags);
        damaged = file.clone();
        putLe32(damaged, second + 8, 3);          // undefined interface
        r = read(damaged);
        assertEquals(1, r.frames.size());
        assertEquals("pcapng enhanced packet block at offset 140: interface 3 is not defined (the section has 1)",
                r.diags.get(0).message());
    }

    @Test
    void randomMutationsNeverThrowOrHang() throws IOException {
        Random rnd = new Random(20261121);
        List<Object[]> inputs = inputs();
        for (int i = 0; i < 1500; i++) {
            byte[] file = ((byte[]) inputs.get(rnd.nextInt(inputs.size()))[1]).clone();
            int flips = 1 + rnd.nextInt(8);
            for (int k = 0; k < flips; k++) file[rnd.nextInt(file.length)] = (byte) rnd.nextInt(256);
            if (rnd.nextBoolean()) file = Arrays.copyOf(file, rnd.nextInt(file.length + 1));
            Result r = read(file);
            assertTrue(r.diags.size() <= 1, r.diags::toString);
        }
        for (int i = 0; i < 300; i++) {                  // pure noise after a valid magic
            byte[] file = new byte[rnd.nextInt(400)];
            rnd.nextBytes(file);
            byte[][] magics = {{(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1}, {0x0a, 0x0d, 0x0d, 0x0a}};
            byte[] m = magics[i % 2];
            System.arraycopy(m, 0, file, 0, Math.min(4, file.length));
            Result r = read(file);
            assertTrue(r.diags.size() <= 1, r.diags::toString);
        }
    }

    @Test
    void unknownAndForeignFormatsGiveOneError() throws IOException {
        Object[][] cases = {
            {new byte[0], "the file is empty"},
            {new byte[] {1, 2}, "the file is too short to be a capture (2 bytes)"},
            {"hello world".getBytes(), "not a pcap or pcapng file (magic 0x68656C6C)"},
            {"GMBU\0\2\1\0xxxxxxxx".getBytes(), "a Microsoft Network Monitor 2.x file, not pcap or pcapng"},
            {new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0},
                "file ends inside the pcap file header (needed 24 bytes, 8 left)"},
        };
        for (Object[] c : cases) {
            Result r = read((byte[]) c[0]);
            assertEquals(0, r.frames.size());
            assertEquals(1, r.diags.size(), r.diags::toString);
            assertTrue(r.diags.get(0).isError());
            assertTrue(r.diags.get(0).message().startsWith((String) c[1]), r.diags.get(0).message());
        }
        Result ntar = read(new Captures.Bytes(true).u32(0x0A0D0D0A).u32(28).u32(0x1A2B3C4D).u16(256).u16(0)
                .u64(-1).u32(28).toArray());
        assertEquals(1, ntar.diags.size());
        assertTrue(ntar.diags.get(0).isError());
        assertTrue(ntar.diags.get(0).message().contains("unsupported version 256.0 (an early-draft .ntar file"));
    }

    @Test
    void missingFileIsAnErrorNotAnException() {
        try (Capture c = CaptureReader.read(tmp.resolve("nope.pcap"), FrameListener.NONE, CancelToken.none(),
                Progress.NONE)) {
            assertEquals(0, c.frames().size());
            assertTrue(c.hasError());
            assertTrue(c.diagnostics().get(0).message().contains("no such file"));
        }
        try (Capture c = CaptureReader.read(tmp, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            assertTrue(c.hasError());
        }
    }

    // ---- helpers

    record Result(List<Frame> frames, List<Diagnostic> diags) { }

    /** Reads from memory (the mapped path is covered by the other tests) so that thousands of reads stay fast. */
    private static Result read(byte[] bytes) {
        try (Capture c = CaptureReader.parse(Path.of("damaged"), new HeapByteSource(bytes), FrameListener.NONE,
                CancelToken.none(), Progress.NONE, false)) {
            FrameIndex fi = c.frames();
            List<Frame> frames = new ArrayList<>();
            for (int i = 0; i < fi.size(); i++) {
                frames.add(new Frame(fi.dataOffset(i), fi.capturedLength(i), fi.originalLength(i), fi.timeNanos(i),
                        fi.interfaceId(i), -1));
            }
            return new Result(frames, c.diagnostics());
        }
    }

    /** The intact file's frames, with the end of each frame's record or block worked out here. */
    private static List<Frame> intact(byte[] file) {
        Result r = read(file);
        assertTrue(r.diags.isEmpty(), r.diags::toString);
        List<Long> ends = frameEnds(file);
        assertEquals(ends.size(), r.frames.size());
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
            Frame f = r.frames.get(i);
            out.add(new Frame(f.offset(), f.capLen(), f.origLen(), f.nanos(), f.iface(), ends.get(i)));
        }
        return out;
    }

    private static boolean isPcapng(byte[] file) {
        return file[0] == 0x0a && file[1] == 0x0d && file[2] == 0x0d && file[3] == 0x0a;
    }

    /** Where the file header ends: 24 for pcap, the end of the first section header for pcapng. */
    private static long headerEnd(byte[] file) {
        if (!isPcapng(file)) return 24;
        return u32(file, 4, file[8] == 0x1a);
    }

    /** Every block end of a pcapng file (empty for pcap). */
    private static List<Long> blockEnds(byte[] file) {
        List<Long> out = new ArrayList<>();
        if (!isPcapng(file)) return out;
        boolean big = true;
        long pos = 0;
        while (pos + 12 <= file.length) {
            if (u32(file, (int) pos, true) == 0x0A0D0D0AL) big = file[(int) pos + 8] == 0x1a;
            pos += u32(file, (int) pos + 4, big);
            out.add(pos);
        }
        return out;
    }

    /** The end offset of each frame's record (pcap) or block (pcapng: EPB, PB, SPB, custom). */
    private static List<Long> frameEnds(byte[] file) {
        List<Long> out = new ArrayList<>();
        if (isPcapng(file)) {
            boolean big = true;
            long pos = 0;
            while (pos + 12 <= file.length) {
                long type = u32(file, (int) pos, true);
                if (type == 0x0A0D0D0AL) big = file[(int) pos + 8] == 0x1a;
                type = u32(file, (int) pos, big);
                long len = u32(file, (int) pos + 4, big);
                if (type == 2 || type == 3 || type == 6 || type == 0xBAD || type == 0x40000BAD) out.add(pos + len);
                pos += len;
            }
        } else {
            boolean big = (file[0] & 0xff) == 0xa1;
            int hdr = (file[2] & 0xff) == 0xcd || (file[1] & 0xff) == 0xcd ? 24 : 16;
            long pos = 24;
            while (pos + hdr <= file.length) {
                pos += hdr + u32(file, (int) pos + 8, big);
                out.add(pos);
            }
        }
        return out;
    }

    private static void assertPrefix(List<Frame> intact, List<Frame> got, int where) {
        for (int i = 0; i < got.size(); i++) {
            Frame a = intact.get(i);
            Frame b = got.get(i);
            int n = i;
            assertEquals(List.of(a.offset(), a.capLen(), a.origLen(), a.nanos(), a.iface()),
                    List.of(b.offset(), b.capLen(), b.origLen(), b.nanos(), b.iface()),
                    () -> "frame " + (n + 1) + " with damage at " + where);
        }
    }

    private static void assertOneWarningWithOffset(List<Diagnostic> diags, String what) {
        assertEquals(1, diags.size(), () -> what + ": " + diags);
        Diagnostic d = diags.get(0);
        assertFalse(d.isError(), () -> what + ": " + d);
        assertTrue(d.offset() >= 0, () -> what + ": " + d);
        assertTrue(d.message().contains("offset " + d.offset()), () -> what + ": " + d);
    }

    private static long u32(byte[] b, int p, boolean big) {
        long v = 0;
        for (int i = 0; i < 4; i++) v |= (long) (b[p + (big ? i : 3 - i)] & 0xff) << (24 - 8 * i);
        return v;
    }

    private static void putLe32(byte[] b, int p, long v) {
        for (int i = 0; i < 4; i++) b[p + i] = (byte) (v >>> (8 * i));
    }
}
