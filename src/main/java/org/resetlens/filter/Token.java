package org.resetlens.filter;

import org.resetlens.core.Span;

/**
 * One token: its kind, its text (for strings the unescaped value, otherwise the source text)
 * and its columns in the filter.
 */
record Token(TokenKind kind, String text, Span span) {
    /** The token as the user typed it, for messages. */
    String shown(String source) {
        return source.substring(span.start(), span.end());
    }
}
