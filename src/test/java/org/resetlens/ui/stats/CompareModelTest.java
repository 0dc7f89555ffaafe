package org.resetlens.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.rst.CaptureComparison;

/**
 * The compare table's rows for the project's SMB request-timeout scenario (A: 110 frames, three resets
 * labelled request-timeout-abort) against the refused scenario (B: 18 frames, four resets labelled
 * refused), figures from the scenarios' truth files: the per-cause rows differ and come first.
 */
class CompareModelTest {
    private static final Path SCEN = Path.of("src/test/resources/scenarios/v2");

    private static CompareModel model() {
        Analysis a = CaptureLoader.load(SCEN.resolve("smb-request-timeout-abort.pcap"));
        Analysis b = CaptureLoader.load(SCEN.resolve("refused.pcap"));
        try {
            return new CompareModel(CaptureComparison.of(a, b), "a.pcap", "b.pcap");
        } finally {
            a.capture().close();
            b.capture().close();
        }
    }

    @Test
    void sidesAndHighlightsFollowTheTruth() {
        List<CompareModel.Row> rows = model().rows();
        Map<String, CompareModel.Row> by = rows.stream().collect(Collectors.toMap(CompareModel.Row::metric, r -> r));
        assertEquals("110", by.get("packets").a());
        assertEquals("18", by.get("packets").b());
        assertTrue(by.get("packets").highlighted());
        assertEquals("3", by.get("resets.total").a());
        assertEquals("4", by.get("resets.total").b());
        assertEquals("1.33", by.get("resets.total").ratio());
        assertFalse(by.get("resets.total").highlighted());
        CompareModel.Row timeout = by.get("resets.request-timeout");
        assertEquals("3", timeout.a());
        assertEquals("0", timeout.b());
        assertTrue(timeout.highlighted());
        CompareModel.Row refused = by.get("resets.refused");
        assertEquals("0", refused.a());
        assertEquals("4", refused.b());
        assertEquals("new in B", refused.ratio());
        assertTrue(refused.highlighted());
        // A has SMB2 traffic (a NEGOTIATE request), B none
        assertEquals("0", by.get("smb2.NEGOTIATE.requests").b());
        assertTrue(by.get("smb2.NEGOTIATE.requests").highlighted());
    }

    @Test
    void highlightedRowsComeFirstInReadingOrder() {
        List<CompareModel.Row> rows = model().rows();
        int firstPlain = 0;
        while (firstPlain < rows.size() && rows.get(firstPlain).highlighted()) firstPlain++;
        for (int i = firstPlain; i < rows.size(); i++) assertFalse(rows.get(i).highlighted(), rows.get(i).metric());
        List<String> hot = rows.subList(0, firstPlain).stream().map(CompareModel.Row::metric).toList();
        // resets before SMB2 figures before volume
        assertTrue(hot.indexOf("resets.refused") < hot.indexOf("smb2.NEGOTIATE.requests"), hot.toString());
        assertTrue(hot.indexOf("smb2.NEGOTIATE.requests") < hot.indexOf("packets"), hot.toString());
        assertEquals("resets.total", rows.get(firstPlain).metric());
    }
}
