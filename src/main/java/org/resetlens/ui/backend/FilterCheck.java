package org.resetlens.ui.backend;

import java.util.List;
import java.util.Optional;
import org.resetlens.core.Diagnostic;

/**
 * The result of compiling a display filter: the diagnostics (errors make it invalid, warnings
 * such as a deprecated operator make it usable but yellow) and the compiled filter when usable.
 *
 * @param suggestion the nearest known field name for a typo, or null
 */
public record FilterCheck(String text, List<Diagnostic> diagnostics, Optional<CompiledFilter> filter,
                          String suggestion) {

    public static FilterCheck ok(String text, CompiledFilter filter) {
        return new FilterCheck(text, List.of(), Optional.of(filter), null);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
