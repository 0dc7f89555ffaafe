package org.resetlens.filter;

/** The kinds of token of the display-filter language. */
enum TokenKind {
    /** A field name, protocol name or unquoted literal (addresses, numbers, byte strings). */
    WORD,
    /** A quoted string; the token text is already unescaped. */
    STRING,
    /** The text between {@code [} and {@code ]}: one or more byte ranges. */
    SLICE,
    LPAREN, RPAREN, LBRACE, RBRACE, COMMA, DOTDOT,
    AND, OR, XOR, NOT,
    ANY_EQ, ALL_NE, ALL_EQ, ANY_NE, GT, GE, LT, LE, CONTAINS, MATCHES, IN,
    BITWISE_AND,
    /** Any other character, reported as unexpected by the parser. */
    OTHER,
    EOF;

    boolean isComparison() {
        return switch (this) {
            case ANY_EQ, ALL_NE, ALL_EQ, ANY_NE, GT, GE, LT, LE, CONTAINS, MATCHES -> true;
            default -> false;
        };
    }
}
