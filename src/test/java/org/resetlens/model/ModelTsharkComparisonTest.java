package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * The load-time analysis agrees with tshark 4.0.17 ({@code -n -2}) over the readable corpus and the
 * reset scenarios: stream
 * numbers, relative numbers, windows, completeness, RTTs, bytes in flight, links, per-stream times,
 * every analysis flag, and the {@code -z conv,tcp} totals. Prints per-field agreement and the
 * disagreements (also to target/model-agreement.txt).
 */
class ModelTsharkComparisonTest {
    static final List<String> VALUE_FIELDS = List.of("tcp.stream", "tcp.seq", "tcp.ack", "tcp.nxtseq",
            "tcp.window_size", "tcp.window_size_scalefactor", "tcp.completeness", "tcp.analysis.ack_rtt",
            "tcp.analysis.initial_rtt", "tcp.analysis.bytes_in_flight", "tcp.analysis.acks_frame",
            "tcp.analysis.duplicate_ack_num", "tcp.analysis.duplicate_ack_frame", "tcp.time_relative",
            "tcp.time_delta", "udp.stream");
    static final List<String> FLAG_FIELDS = new ArrayList<>();

    static {
        FLAG_FIELDS.add("tcp.analysis.flags");
        for (TcpAnalysisFlags.Flag f : TcpAnalysisFlags.ALL) FLAG_FIELDS.add(f.field());
    }

    /** One capture: tshark's rows (split into columns) and our analysis. */
    record Case(String file, List<String[]> tshark, Analysis ours) { }

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void load() throws Exception {
        Tshark.require();
        List<String> fields = new ArrayList<>(VALUE_FIELDS);
        fields.addAll(FLAG_FIELDS);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Shared.CorpusEntry e : Shared.readableCorpus()) files.put(e.file(), e.path());
        try (var list = Files.list(Shared.require().resolve("scenarios"))) {
            list.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted()
                    .forEach(p -> files.put("scenarios/" + p.getFileName(), p));
        }
        Map<String, Future<List<String>>> runs = new LinkedHashMap<>();
        files.forEach((name, path) -> runs.put(name, pool.submit(() -> Tshark.fields(path, null, fields))));
        for (Map.Entry<String, Path> e : files.entrySet()) {
            List<String[]> rows = new ArrayList<>();
            for (String line : runs.get(e.getKey()).get()) rows.add(line.split("\t", -1));
            CASES.put(e.getKey(), new Case(e.getKey(), rows, CaptureLoader.load(e.getValue())));
        }
        pool.shutdown();
    }

    static String ours(Analysis a, int frame, String field) {
        FrameColumns f = a.frames();
        if (field.equals("udp.stream")) return f.isUdp(frame) ? Integer.toString(f.stream(frame)) : "";
        if (!f.isTcp(frame)) return "";
        return switch (field) {
            case "tcp.stream" -> Integer.toString(f.stream(frame));
            case "tcp.seq" -> Long.toString(f.seq(frame));
            case "tcp.ack" -> Long.toString(f.ack(frame));
            case "tcp.nxtseq" -> f.nxtSeq(frame) < 0 ? "" : Long.toString(f.nxtSeq(frame));
            case "tcp.window_size" -> Long.toString(a.tcpWindowSize(frame));
            case "tcp.window_size_scalefactor" -> a.tcpWindowScaleFactor(frame) == Integer.MIN_VALUE ? ""
                    : Integer.toString(a.tcpWindowScaleFactor(frame));
            case "tcp.completeness" -> Integer.toString(a.tcpCompleteness(frame));
            case "tcp.analysis.ack_rtt" -> time(a.ackRttNanos(frame));
            case "tcp.analysis.initial_rtt" -> time(a.initialRttNanos(frame));
            case "tcp.analysis.bytes_in_flight" -> f.bytesInFlight(frame) == 0 ? "" : Long.toString(f.bytesInFlight(frame));
            case "tcp.analysis.acks_frame" -> f.acksFrame(frame) < 0 ? "" : Integer.toString(f.acksFrame(frame) + 1);
            case "tcp.analysis.duplicate_ack_num" -> f.duplicateAckNumber(frame) == 0 ? ""
                    : Integer.toString(f.duplicateAckNumber(frame));
            case "tcp.analysis.duplicate_ack_frame" -> f.duplicateAckFrame(frame) < 0 ? ""
                    : Integer.toString(f.duplicateAckFrame(frame) + 1);
            case "tcp.time_relative" -> org.resetlens.core.Timestamps.seconds9(a.tcpTimeRelative(frame));
            case "tcp.time_delta" -> org.resetlens.core.Timestamps.seconds9(a.streamTimeDelta(frame));
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String time(long nanos) {
        return nanos < 0 ? "" : org.resetlens.core.Timestamps.seconds9(nanos);
    }

    @Test
    void fieldValuesAgreeWithTshark() throws IOException {
        StringBuilder report = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (int fi = 0; fi < VALUE_FIELDS.size(); fi++) {
            String field = VALUE_FIELDS.get(fi);
            long compared = 0, agreed = 0;
            List<String> diffs = new ArrayList<>();
            for (Case c : CASES.values()) {
                int n = Math.min(c.tshark.size(), c.ours.frames().size());
                for (int frame = 0; frame < n; frame++) {
                    String expected = c.tshark.get(frame)[fi];
                    String actual = ours(c.ours, frame, field);
                    if (expected.isEmpty() && actual.isEmpty()) continue;
                    compared++;
                    if (expected.equals(actual)) agreed++;
                    else if (diffs.size() < 15) diffs.add(c.file + " #" + (frame + 1) + " tshark=" + expected + " ours=" + actual);
                }
            }
            double pct = compared == 0 ? 100 : 100.0 * agreed / compared;
            report.append(String.format("%-34s %8d/%8d  %7.3f%%%n", field, agreed, compared, pct));
            for (String d : diffs) report.append("    ").append(d).append('\n');
            if (pct < 99.5) failures.add(field + " " + pct);
        }
        write("model-agreement.txt", report.toString());
        System.out.println(report);
        assertTrue(failures.isEmpty(), "below 99.5%: " + failures + "\n" + report);
    }

    @Test
    void analysisFlagsAgreeWithTshark() throws IOException {
        StringBuilder report = new StringBuilder();
        int pairs = 0, equal = 0;
        for (int k = 0; k < FLAG_FIELDS.size(); k++) {
            String field = FLAG_FIELDS.get(k);
            int col = VALUE_FIELDS.size() + k;
            for (Case c : CASES.values()) {
                TreeSet<Integer> theirs = new TreeSet<>();
                TreeSet<Integer> mine = new TreeSet<>();
                for (int frame = 0; frame < c.tshark.size(); frame++) {
                    if (!c.tshark.get(frame)[col].isEmpty()) theirs.add(frame + 1);
                }
                for (int frame = 0; frame < c.ours.frames().size(); frame++) {
                    if (TcpAnalysisFlags.matches(field, c.ours.frames().analysisFlags(frame))) mine.add(frame + 1);
                }
                if (theirs.isEmpty() && mine.isEmpty()) continue;
                if (!theirs.isEmpty()) pairs++;
                if (theirs.equals(mine)) {
                    if (!theirs.isEmpty()) equal++;
                    continue;
                }
                TreeSet<Integer> missing = new TreeSet<>(theirs);
                missing.removeAll(mine);
                TreeSet<Integer> extra = new TreeSet<>(mine);
                extra.removeAll(theirs);
                report.append(String.format("%-40s %-36s tshark=%d ours=%d missing=%s extra=%s%n", field, c.file,
                        theirs.size(), mine.size(), head(missing), head(extra)));
            }
        }
        String summary = String.format("flag sets equal in %d of %d (capture, flag) pairs where tshark flags any%n",
                equal, pairs) + report;
        write("model-flags.txt", summary);
        System.out.println(summary);
        assertTrue(equal >= 0.95 * pairs, summary);
    }

    private static String head(TreeSet<Integer> s) {
        List<Integer> l = new ArrayList<>(s);
        return (l.size() > 12 ? l.subList(0, 12) + "..." : l.toString());
    }

    /** Rows, order, units and totals equal tshark's {@code -n -q -z conv,tcp} (corpus/truth/*.conv.txt). */
    @Test
    void conversationTableEqualsTsharkConvTcp() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Case c : CASES.values()) {
            Path truth = Shared.require().resolve("corpus/truth/" + c.file + ".conv.txt");
            if (!Files.exists(truth)) continue;
            String expected = Files.readString(truth);
            String actual = ConversationTable.format(c.ours);
            if (!expected.equals(actual)) failures.add(c.file + "\n--- tshark\n" + expected + "--- ours\n" + actual);
        }
        assertEquals(List.of(), failures);
    }

    /**
     * The Info column of TCP frames equals tshark's (corpus/truth/*.tsv {@code _ws.col.Info}) where the
     * application layer does not write it: analysis prefixes, relative numbers and scaled windows.
     */
    @Test
    void tcpInfoColumnAgreesWithTshark() throws IOException {
        org.resetlens.dissect.Dissectors dissectors = org.resetlens.dissect.Dissectors.standard();
        long compared = 0, agreed = 0, prefixed = 0, prefixAgreed = 0, notReached = 0;
        List<String> diffs = new ArrayList<>();
        List<String> dissectorErrors = new ArrayList<>();
        for (Case c : CASES.values()) {
            Path truth = Shared.require().resolve("corpus/truth/" + c.file + ".tsv");
            if (!Files.exists(truth)) continue;
            List<String> lines = Files.readAllLines(truth);
            List<String> header = List.of(lines.get(0).split("\t", -1));
            int proto = header.indexOf("_ws.col.Protocol"), info = header.indexOf("_ws.col.Info");
            AnalysisDecorator decorator = new AnalysisDecorator(c.ours, dissectors.registry());
            for (int frame = 0; frame + 1 < lines.size() && frame < c.ours.frames().size(); frame++) {
                String[] row = lines.get(frame + 1).split("\t", -1);
                if (!c.ours.frames().isTcp(frame) || !row[proto].equals("TCP")) continue;
                String expected = row[info];
                if (expected.contains("[TCP segment of a reassembled PDU]") || expected.contains("[TCP PDU reassembled")
                        || expected.contains("Continuation") || expected.contains("[Reassembly error")) {
                    continue;
                }
                org.resetlens.dissect.Dissection dissection;
                try {
                    dissection = dissectors.dissect(c.ours.capture().frames(), frame, decorator);
                } catch (RuntimeException ex) {
                    dissectorErrors.add(c.file + " #" + (frame + 1) + ": " + ex);
                    continue;
                }
                if (!dissection.protocolColumn().equals("TCP")) {
                    notReached++;
                    continue;
                }
                String actual = dissection.infoColumn();
                compared++;
                boolean ok = expected.equals(actual);
                if (ok) agreed++;
                else if (diffs.size() < 25) diffs.add(c.file + " #" + (frame + 1) + "\n   tshark: " + expected + "\n   ours:   " + actual);
                if (expected.startsWith("[TCP ")) {
                    prefixed++;
                    if (ok) prefixAgreed++;
                }
            }
        }
        String report = String.format("TCP Info column: %d/%d equal (%.3f%%); with analysis prefix %d/%d;"
                + " %d TCP frames the dissectors do not reach%n", agreed, compared, 100.0 * agreed / compared,
                prefixAgreed, prefixed, notReached) + String.join("\n", diffs) + "\n"
                + "dissector exceptions (not counted): " + dissectorErrors.size() + "\n" + String.join("\n", dissectorErrors)
                + "\n";
        write("model-info.txt", report);
        System.out.println(report);
        assertTrue(agreed >= 0.99 * compared, report);
    }

    private static void write(String name, String text) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), text);
    }
}
