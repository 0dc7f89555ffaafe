package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureFormat;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * Dissects every corpus capture tshark reads and compares issue 2's fields, value for value, with
 * live {@code tshark -n -2 -T fields -E occurrence=a -E aggregator=,} output.
 */
class TsharkFieldComparisonTest {
    static final List<String> FIELDS = List.of("frame.number", "frame.len", "frame.cap_len", "frame.time_epoch",
            "frame.time_relative", "frame.time_delta", "frame.interface_id", "eth.src", "eth.dst", "eth.type",
            "vlan.id", "ip.src", "ip.dst", "ip.ttl", "ip.id", "ip.proto", "ip.len", "ip.hdr_len", "ip.flags.df",
            "ip.flags.mf", "ip.frag_offset", "ipv6.src", "ipv6.dst", "ipv6.hlim", "ipv6.nxt", "ipv6.plen",
            "tcp.srcport", "tcp.dstport", "tcp.port", "tcp.flags", "tcp.flags.reset", "tcp.flags.syn", "tcp.flags.fin",
            "tcp.flags.ack", "tcp.seq_raw", "tcp.ack_raw", "tcp.len", "tcp.hdr_len", "tcp.window_size_value",
            "tcp.options.mss_val", "udp.srcport", "udp.dstport", "udp.length", "icmp.type", "icmp.code", "arp.opcode");

    @Test
    void everyFieldAgreesWithTsharkOnTheCorpus() {
        Tshark.require();
        List<Shared.CorpusEntry> corpus = Shared.readableCorpus();
        Map<String, List<String>> expected = new ConcurrentHashMap<>();
        corpus.parallelStream().forEach(e -> expected.put(e.file(), Tshark.fields(e.path(), null, FIELDS)));

        Dissectors dissectors = Dissectors.standard();
        List<String> unknown = new ArrayList<>();
        FieldColumns columns = FieldColumns.resolve(dissectors.registry(), FIELDS, unknown);
        assertTrue(unknown.isEmpty(), "unregistered: " + unknown);
        long[] total = new long[FIELDS.size()];
        long[] differ = new long[FIELDS.size()];
        List<String> examples = new ArrayList<>();
        for (Shared.CorpusEntry e : corpus) {
            List<String> want = expected.get(e.file());
            try (Capture cap = CaptureReader.read(e.path(), FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                FrameIndex idx = cap.frames();
                assertEquals(want.size(), idx.size(), e.file() + ": packet count");
                Dissectors.Options options = new Dissectors.Options(false, cap.format() == CaptureFormat.PCAPNG, -2);
                for (int f = 0; f < idx.size(); f++) {
                    List<String> got = columns.cells(dissectors.dissect(idx, f, FrameAnalysis.NONE, options));
                    String[] exp = want.get(f).split("\t", -1);
                    for (int i = 0; i < FIELDS.size(); i++) {
                        total[i]++;
                        String x = i < exp.length ? exp[i] : "";
                        if (!x.equals(got.get(i))) {
                            differ[i]++;
                            if (examples.size() < 20) {
                                examples.add(e.file() + " #" + (f + 1) + " " + FIELDS.get(i) + ": tshark '" + x
                                        + "' resetlens '" + got.get(i) + "'");
                            }
                        }
                    }
                }
            }
        }
        long all = 0, bad = 0;
        StringBuilder report = new StringBuilder("field agreement with tshark (values, disagreements):\n");
        for (int i = 0; i < FIELDS.size(); i++) {
            report.append(String.format("  %-26s %8d %6d%n", FIELDS.get(i), total[i], differ[i]));
            all += total[i];
            bad += differ[i];
        }
        report.append(String.format("  overall %d values, %d disagree (%.4f%% agree)%n", all, bad,
                100.0 * (all - bad) / Math.max(1, all)));
        examples.forEach(x -> report.append("  ").append(x).append('\n'));
        System.out.print(report);
        assertTrue(all > 0, "nothing compared");
        assertTrue((all - bad) >= 0.995 * all, report.toString());
    }
}
