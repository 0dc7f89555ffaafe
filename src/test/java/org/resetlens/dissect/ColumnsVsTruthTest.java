package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureFormat;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;

/**
 * The Protocol and Info columns against the corpus truth ({@code _ws.col.Protocol}, {@code _ws.col.Info}
 * of tshark 4.0.17 -2), on frames whose top protocol ResetLens dissects. TCP Info is compared in
 * shape: the truth has relative numbers and analysis prefixes that need the model's facts, and for
 * segments with payload the application layer depends on the model's reassembly, so those (whose
 * truth still says TCP) are left to the model's comparison.
 */
class ColumnsVsTruthTest {
    private static final Set<String> OURS = Set.of("TCP", "UDP", "ARP", "RARP", "ICMP", "ICMPv6", "IPv4", "IPv6");
    private static final Pattern NUMBERS = Pattern.compile("(Seq|Ack|Win|SLE|SRE)=\\d+");
    private static final Pattern PREFIX = Pattern.compile("^(\\[[^\\]]*\\] )+");

    private static String tcpShape(String info) {
        String s = PREFIX.matcher(info).replaceFirst("").replace(" [TCP segment of a reassembled PDU]", "");
        return NUMBERS.matcher(s).replaceAll("$1=N");
    }

    @Test
    void protocolAndInfoColumnsMatchTheTruth() throws IOException {
        Dissectors dissectors = Dissectors.standard();
        Map<String, int[]> perProtocol = new TreeMap<>();
        StringBuilder examples = new StringBuilder();
        for (Shared.CorpusEntry e : Shared.readableCorpus()) {
            Path truth = e.path().resolveSibling("truth").resolve(e.file() + ".tsv");
            List<String> rows = Files.readAllLines(truth);
            try (Capture cap = CaptureReader.read(e.path(), FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                FrameIndex idx = cap.frames();
                assertEquals(rows.size() - 1, idx.size(), e.file());
                Dissectors.Options options = new Dissectors.Options(false, cap.format() == CaptureFormat.PCAPNG, -2);
                for (int f = 0; f < idx.size(); f++) {
                    String[] t = rows.get(f + 1).split("\t", -1);
                    String protocol = t[17], info = t[18];
                    if (!OURS.contains(protocol)) continue;
                    if (protocol.equals("TCP") && !t[16].equals("0")) continue;
                    Dissection d = dissectors.dissect(idx, f, FrameAnalysis.NONE, options);
                    boolean ok = d.protocolColumn().equals(protocol) && (protocol.equals("TCP")
                            ? tcpShape(d.infoColumn()).equals(tcpShape(info)) : d.infoColumn().equals(info));
                    int[] c = perProtocol.computeIfAbsent(protocol, k -> new int[2]);
                    c[0]++;
                    if (!ok) {
                        c[1]++;
                        if (examples.length() < 3000) {
                            examples.append("  ").append(e.file()).append(" #").append(f + 1).append(": '")
                                    .append(info).append("' vs '").append(d.infoColumn()).append("'\n");
                        }
                    }
                }
            }
        }
        int all = 0, bad = 0;
        StringBuilder report = new StringBuilder("Protocol/Info agreement with the truth (frames, disagreements):\n");
        for (var en : perProtocol.entrySet()) {
            report.append(String.format("  %-8s %6d %4d%n", en.getKey(), en.getValue()[0], en.getValue()[1]));
            all += en.getValue()[0];
            bad += en.getValue()[1];
        }
        report.append(examples);
        System.out.print(report);
        assertTrue(all > 8000, "too few frames compared: " + all);
        assertTrue(all - bad >= 0.99 * all, report.toString());
    }
}
