package org.resetlens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.testutil.Shared;

/**
 * Hostile input end to end: damaged variants of real captures (cut, bytes flipped, length and
 * block-size fields corrupted, gzip cut) and hostile display filters (deep nesting, catastrophic
 * regular expressions over a crafted payload, giant literals, huge sets) through {@code info},
 * {@code resets --json} and {@code packets -Y} in a JVM of 128 MiB heap. Every command answers
 * within 20 s with exit 0 (warning on stderr where data was skipped), 1 (bad file) or 2 (bad
 * filter), a message on stderr for a failure, and never a stack trace.
 */
class HostileInputTest {
    private static final long ANSWER_MS = 20_000;

    @TempDir
    static Path dir;

    /** A job: the command line, the exit codes it may end with, and whether skipped data must be warned of. */
    private record Job(List<String> args, Set<Integer> exits, boolean damaged) { }

    private static final List<Job> JOBS = new ArrayList<>();
    private static final Map<Integer, String> STDERR = new LinkedHashMap<>();
    private static final Map<Integer, Integer> EXIT = new LinkedHashMap<>();
    private static final Map<Integer, Long> MILLIS = new LinkedHashMap<>();

    @BeforeAll
    static void runAll() throws Exception {
        List<Path> sources = new ArrayList<>(List.of(
                Path.of("src/test/resources/ladder/smb-request-timeout-abort.pcap"),
                Path.of("src/test/resources/scenarios/v2/refused.pcapng"),
                Path.of("src/test/resources/scenarios/v2/ftp-data-after-close.nano.pcap")));
        Path corpus = Shared.dir().map(d -> d.resolve("corpus")).orElse(null);
        for (String name : List.of("zeek_qinq_pppoe_tls.pcap", "gopacket_be_comments.pcapng")) {
            if (corpus != null && Files.isRegularFile(corpus.resolve(name))) sources.add(corpus.resolve(name));
        }
        for (Path src : sources) variants(src);
        hostileFilters();
        Path jobsFile = dir.resolve("jobs.txt"), report = dir.resolve("report.txt");
        Files.write(jobsFile, JOBS.stream().map(j -> String.join("\t", j.args())).toList(), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(java(), "-Xmx128m", "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), HostileDriver.class.getName(), jobsFile.toString(),
                report.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("driver.log").toFile());
        Process p = pb.start();
        if (!p.waitFor(JOBS.size() * ANSWER_MS / 4 + 60_000, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            List<String> log = Files.readAllLines(dir.resolve("driver.log"));
            fail("timed out; last started: " + describe(log.isEmpty() ? "" : log.get(log.size() - 1)));
        }
        String text = Files.readString(report, StandardCharsets.UTF_8);
        String keep = System.getProperty("hostile.report");
        if (keep != null) Files.writeString(Path.of(keep), String.join("\n", JOBS.stream().map(j -> describe(j)).toList())
                + "\n" + text);
        parse(text);
    }

    @Test
    void everyCommandAnswersInTimeWithAnAllowedExitAndNoStackTrace() {
        assertEquals(JOBS.size(), EXIT.size(), "the driver ran every job");
        for (int i = 0; i < JOBS.size(); i++) {
            Job j = JOBS.get(i);
            String what = describe("start " + i);
            String err = STDERR.get(i);
            assertTrue(j.exits().contains(EXIT.get(i)), what + ": exit " + EXIT.get(i) + "\n" + err);
            assertTrue(MILLIS.get(i) < ANSWER_MS, what + ": took " + MILLIS.get(i) + " ms");
            assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("Error:"),
                    what + ": stack trace on stderr\n" + err);
            if (EXIT.get(i) != 0) assertFalse(err.isBlank(), what + ": failed without a message");
            if (j.damaged() && EXIT.get(i) == 0) {
                assertTrue(err.contains("warning"), what + ": loaded a damaged file without a warning");
            }
        }
    }

    @Test
    void theRealLauncherAnswersTooInItsOwnJvm() throws Exception {
        // One run per command through Launcher.main (System.exit and all), on the first damaged variants.
        for (int i : new int[] {0, 1, JOBS.size() - 1}) {
            Job j = JOBS.get(i);
            List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx128m", "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), Launcher.class.getName()));
            cmd.addAll(j.args());
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            byte[] err = p.getErrorStream().readAllBytes();
            assertTrue(p.waitFor(ANSWER_MS * 2, TimeUnit.MILLISECONDS), "timed out: " + j.args());
            String e = new String(err, StandardCharsets.UTF_8);
            assertEquals(EXIT.get(i), p.exitValue(), j.args() + "\n" + e);
            assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        }
    }

    private static void variants(Path src) throws IOException {
        byte[] b = Files.readAllBytes(src);
        String base = src.getFileName().toString();
        boolean pcapng = (b[0] & 0xff) == 0x0a && (b[1] & 0xff) == 0x0d;
        Random rnd = new Random(base.hashCode());
        damaged(base + ".cut-mid", Arrays.copyOf(b, b.length * 2 / 3 + 3), true);
        damaged(base + ".cut-head", Arrays.copyOf(b, (pcapng ? 28 : 24) + 9), true);
        damaged(base + ".flip8", flip(b, 8, rnd), false);
        damaged(base + ".flip64", flip(b, 64, rnd), false);
        List<Integer> units = pcapng ? blocks(b) : records(b);
        int first = units.get(pcapng ? Math.min(1, units.size() - 1) : 0), mid = units.get(units.size() / 2);
        if (pcapng) {
            ByteOrder o = b[8] == 0x4d ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            damaged(base + ".block-len-huge", put32(b, first + 4, 0xfffffff0, o), true);
            damaged(base + ".block-len-small", put32(b, mid + 4, 8, o), true);
        } else {
            ByteOrder o = (b[0] & 0xff) == 0xd4 || (b[0] & 0xff) == 0x4d ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            damaged(base + ".incl-len-huge", put32(b, first + 8, 0xffffffff, o), true);
            damaged(base + ".incl-len-mid", put32(b, mid + 8, 0x7fffffff, o), true);
        }
        byte[] gz = gzip(b);
        damaged(base + ".gz-cut", Arrays.copyOf(gz, gz.length * 3 / 5), true);
    }

    private static void damaged(String name, byte[] bytes, boolean skipsData) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        Set<Integer> fileExits = Set.of(0, 1);
        JOBS.add(new Job(List.of("info", f.toString()), fileExits, skipsData));
        JOBS.add(new Job(List.of("resets", f.toString(), "--json"), fileExits, skipsData));
        JOBS.add(new Job(List.of("packets", f.toString(), "-Y", "tcp.flags.reset == 1 || http || smb2 || dns"),
                fileExits, skipsData));
    }

    private static void hostileFilters() throws IOException {
        Path f = dir.resolve("aaaa.pcap");
        Files.write(f, payloadCapture("a".repeat(4000) + "!"));
        List<String> filters = new ArrayList<>();
        filters.add("(".repeat(10_000) + "frame" + ")".repeat(10_000));
        filters.add("!".repeat(10_000) + "frame");
        filters.add("frame matches \"(a+)+$\"");
        filters.add("frame matches \"(a|aa)+$\" || udp matches \"(.*a){20}\"");
        filters.add("frame contains \"" + "x".repeat(200_000) + "\"");
        filters.add("frame contains \"" + "x".repeat(9_000) + "\"");
        StringBuilder ports = new StringBuilder("udp.port in {");
        for (int i = 1; i <= 15_000; i++) ports.append(i).append(' ');
        filters.add(ports.append("}").toString());
        StringBuilder addrs = new StringBuilder("ip.addr in {");
        for (int i = 0; i < 5_000; i++) addrs.append("10.").append(i >> 8).append('.').append(i & 0xff).append(".9 ");
        filters.add(addrs.append("}").toString());
        filters.add("frame[0:2147483647] == 00 || frame[-2147483648] == 00");
        for (String filter : filters) {
            JOBS.add(new Job(List.of("packets", f.toString(), "-Y", filter), Set.of(0, 2), false));
        }
    }

    /** A pcap of one Ethernet/IPv4/UDP datagram carrying {@code text}. */
    private static byte[] payloadCapture(String text) {
        byte[] payload = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer bb = ByteBuffer.allocate(24 + 16 + 42 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        bb.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1);
        int len = 42 + payload.length;
        bb.putInt(1_600_000_000).putInt(0).putInt(len).putInt(len);
        bb.order(ByteOrder.BIG_ENDIAN);
        bb.put(new byte[] {2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 8, 0});
        bb.put((byte) 0x45).put((byte) 0).putShort((short) (28 + payload.length)).putInt(0)
                .put((byte) 64).put((byte) 17).putShort((short) 0).put(new byte[] {10, 0, 0, 1, 10, 0, 0, 2});
        bb.putShort((short) 40000).putShort((short) 9999).putShort((short) (8 + payload.length)).putShort((short) 0);
        bb.put(payload);
        return bb.array();
    }

    private static List<Integer> records(byte[] b) {
        List<Integer> r = new ArrayList<>();
        boolean le = (b[0] & 0xff) == 0xd4 || (b[0] & 0xff) == 0x4d;
        ByteBuffer bb = ByteBuffer.wrap(b).order(le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        for (int off = 24; off + 16 <= b.length; off += 16 + bb.getInt(off + 8)) r.add(off);
        return r;
    }

    private static List<Integer> blocks(byte[] b) {
        List<Integer> r = new ArrayList<>();
        ByteBuffer bb = ByteBuffer.wrap(b).order(b[8] == 0x4d ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        for (int off = 0; off + 12 <= b.length; off += bb.getInt(off + 4)) r.add(off);
        return r;
    }

    private static byte[] put32(byte[] b, int off, int v, ByteOrder o) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(o).putInt(off, v);
        return c;
    }

    private static byte[] flip(byte[] b, int n, Random rnd) {
        byte[] c = b.clone();
        for (int i = 0; i < n; i++) c[24 + rnd.nextInt(c.length - 24)] ^= (byte) (1 + rnd.nextInt(255));
        return c;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }

    private static void parse(String report) {
        String[] parts = report.split("@@job ");
        for (int k = 1; k < parts.length; k++) {
            String part = parts[k].replace("@@end", "");
            String head = part.substring(0, part.indexOf('\n'));
            String[] h = head.split(" ");
            int i = Integer.parseInt(h[0]);
            EXIT.put(i, Integer.parseInt(h[2]));
            MILLIS.put(i, Long.parseLong(h[4]));
            STDERR.put(i, part.substring(part.indexOf('\n') + 1));
        }
    }

    private static String describe(String startLine) {
        if (!startLine.startsWith("start ")) return startLine;
        return describe(JOBS.get(Integer.parseInt(startLine.substring(6).trim())));
    }

    private static String describe(Job job) {
        List<String> args = job.args();
        return args.stream().map(a -> a.length() > 80 ? a.substring(0, 80) + "…(" + a.length() + ")" : a).toList()
                .toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
