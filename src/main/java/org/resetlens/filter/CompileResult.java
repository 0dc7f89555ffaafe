package org.resetlens.filter;

import java.util.List;
import org.resetlens.core.Diagnostic;

/**
 * The outcome of compiling a filter: the filter, or the error (with its column span in
 * {@link Diagnostic#offset()}/{@link Diagnostic#length()}) and, for an unknown name, the nearest
 * registered field name; and the warnings of a valid filter (deprecated operators and names, in
 * the order Wireshark 4.0 lists them; never for an invalid one).
 */
public record CompileResult(Filter filter, Diagnostic error, String suggestion, List<Diagnostic> warnings) {
    public CompileResult {
        warnings = List.copyOf(warnings);
    }

    public CompileResult(Filter filter, Diagnostic error, String suggestion) {
        this(filter, error, suggestion, List.of());
    }

    public boolean ok() {
        return filter != null;
    }

    /** The error, else the warnings: every diagnostic of the compilation, the most serious first. */
    public List<Diagnostic> diagnostics() {
        return error != null ? List.of(error) : warnings;
    }

    /** The filter with a caret line under the error's columns, as the CLI prints it. */
    public String caret(String text) {
        if (error == null) return text;
        int start = (int) Math.max(0, Math.min(error.offset(), text.length()));
        int len = (int) Math.max(1, error.length());
        return text + "\n" + " ".repeat(start) + "^" + "~".repeat(len - 1);
    }
}
