package org.resetlens.filter;

import org.resetlens.core.Diagnostic;
import org.resetlens.core.Span;

/**
 * Internal control flow for a rejected filter: thrown inside the lexer, parser and compiler and
 * always caught by {@link DisplayFilter#compile}, which returns its diagnostic instead.
 */
final class FilterError extends RuntimeException {
    private final transient Diagnostic diagnostic;

    FilterError(String code, Span span, String message) {
        super(message, null, false, false);
        this.diagnostic = new Diagnostic(org.resetlens.core.Severity.ERROR, code, message, span.start(), span.length());
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
