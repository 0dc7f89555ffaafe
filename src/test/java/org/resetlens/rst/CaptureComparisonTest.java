package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * {@link CaptureComparison} on pairs of scenario captures: each side's resets by cause agree with the
 * scenario's truth labels (mapped to cause ids as the issue says), its reset total and SMB2 NEGOTIATE
 * request count with tshark, and the diff lists resets first with per-cause differences.
 */
class CaptureComparisonTest {
    private static final Path SCEN = Path.of("src/test/resources/scenarios");

    @Test
    void projectScenarioPairsMatchTruthAndTshark() {
        check(SCEN.resolve("v2/smb-request-timeout-abort.pcap"), SCEN.resolve("v2/refused.pcap"));
        check(SCEN.resolve("v3/firewall-midstream.pcap"), SCEN.resolve("v5/backlog-overflow.pcap"));
        check(SCEN.resolve("v5/graceful-abortive-close.pcap"), SCEN.resolve("v3/rst-ignored-loss.pcap"));
    }

    @Test
    void sharedScenarioPairMatchesTruthAndTshark() {
        Path shared = Shared.require();
        Path a = shared.resolve("scenarios/smb-request-timeout-abort.pcap");
        Path b = shared.resolve("scenarios/refused.pcap");
        Assumptions.assumeTrue(Files.exists(a) && Files.exists(b));
        check(a, b);
    }

    private static void check(Path fa, Path fb) {
        Analysis a = CaptureLoader.load(fa), b = CaptureLoader.load(fb);
        CaptureComparison c;
        try {
            c = CaptureComparison.of(a, b);
        } finally {
            a.capture().close();
            b.capture().close();
        }
        checkSide(fa, c.a());
        checkSide(fb, c.b());
        assertEquals("resets.total", c.diff().get(0).metric());
        List<String> causes = new ArrayList<>();
        for (var e : c.diff()) if (e.group().equals("resets") && !e.metric().equals("resets.total")) causes.add(e.metric());
        for (String k : c.a().resetsByCause().keySet()) assertTrue(causes.contains("resets." + k), k);
        for (String k : c.b().resetsByCause().keySet()) assertTrue(causes.contains("resets." + k), k);
        // by-cause entries come right after the total
        for (int i = 1; i <= causes.size(); i++) assertEquals("resets", c.diff().get(i).group());
    }

    private static void checkSide(Path f, CaptureComparison.Side s) {
        Path truthFile = f.resolveSibling(f.getFileName().toString().replaceAll("\\.pcap$", ".truth.json"));
        ScenarioTruth truth = ScenarioTruth.read(truthFile);
        Map<Set<String>, Long> expected = new LinkedHashMap<>();
        for (ScenarioTruth.Reset r : truth.resets()) expected.merge(r.accepted(), 1L, Long::sum);
        for (var e : expected.entrySet()) {
            long ours = 0;
            for (String cause : e.getKey()) ours += s.resetsByCause().getOrDefault(cause, 0L);
            assertEquals(e.getValue(), ours, f + " resets with cause in " + e.getKey() + ": " + s.resetsByCause());
        }
        long byCauseSum = s.resetsByCause().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(s.resetTotal(), byCauseSum, f + " every reset has one cause");
        if (Tshark.available()) {
            long resets = Tshark.fields(f, "tcp.flags.reset==1", List.of("frame.number")).size();
            long negotiate = Tshark.fields(f, "smb2.cmd==0 && smb2.flags.response==0", List.of("frame.number")).size();
            assertEquals(resets, s.resetTotal(), f + " resets");
            var n = s.smb2Commands().get("NEGOTIATE");
            assertEquals(negotiate, n == null ? 0 : n.requests(), f + " NEGOTIATE requests");
            assertEquals(truth.resets().size(), resets, f + " truth vs tshark");
        }
    }
}
