package org.resetlens.rst;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The engine's answer for a capture: one explanation per reset (in frame order), the groups and patterns. */
public record ResetReport(List<ResetExplanation> resets, List<ResetSummary> summaries, List<ResetPattern> patterns) {
    public ResetReport {
        resets = List.copyOf(resets);
        summaries = List.copyOf(summaries);
        patterns = List.copyOf(patterns);
    }

    /** How many resets each cause has, by cause id in alphabetical order. */
    public Map<String, Integer> countsByCause() {
        Map<String, Integer> byCause = new TreeMap<>();
        for (ResetExplanation r : resets) byCause.merge(r.cause().id(), 1, Integer::sum);
        return byCause;
    }
}
