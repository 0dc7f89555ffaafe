package org.resetlens.rst;

import java.util.List;

/** The engine's answer for a capture: one explanation per reset (in frame order), the groups and patterns. */
public record ResetReport(List<ResetExplanation> resets, List<ResetSummary> summaries, List<ResetPattern> patterns) {
    public ResetReport {
        resets = List.copyOf(resets);
        summaries = List.copyOf(summaries);
        patterns = List.copyOf(patterns);
    }
}
