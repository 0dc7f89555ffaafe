package org.resetlens.ui.backend;

import java.util.List;
import java.util.Optional;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Severity;

/** Stand-in until the display-filter compiler is wired: every non-empty filter is reported unavailable. */
final class PendingFilters implements DisplayFilters {
    @Override
    public FilterCheck check(String text) {
        return new FilterCheck(text, List.of(new Diagnostic(Severity.ERROR, "ui.filter.missing",
                "Display filters are not available in this build", 0, text.length())), Optional.empty(), null);
    }

    @Override
    public List<String> fieldNames() {
        return List.of();
    }
}
