package org.resetlens.filter;

import org.resetlens.core.Diagnostic;

/**
 * The outcome of compiling a filter: the filter, or the error (with its column span in
 * {@link Diagnostic#offset()}/{@link Diagnostic#length()}) and, for an unknown name, the nearest
 * registered field name.
 */
public record CompileResult(Filter filter, Diagnostic error, String suggestion) {
    public boolean ok() {
        return filter != null;
    }

    /** The filter with a caret line under the error's columns, as the CLI prints it. */
    public String caret(String text) {
        if (error == null) return text;
        int start = (int) Math.max(0, Math.min(error.offset(), text.length()));
        int len = (int) Math.max(1, error.length());
        return text + "\n" + " ".repeat(start) + "^" + "~".repeat(len - 1);
    }
}
