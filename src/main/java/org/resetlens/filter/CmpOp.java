package org.resetlens.filter;

/** Comparison operators, with the symbol Wireshark prints for each in messages. */
public enum CmpOp {
    /** {@code ==}: some occurrence equals. */
    ANY_EQ("=="),
    /** {@code !=}: no occurrence equals (Wireshark 3.6+ meaning). */
    ALL_NE("!="),
    /** {@code ===}: every occurrence equals. */
    ALL_EQ("==="),
    /** {@code !==} or {@code ~=}: some occurrence differs. */
    ANY_NE("!=="),
    GT(">"), GE(">="), LT("<"), LE("<="),
    CONTAINS("contains"), MATCHES("matches");

    private final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    static CmpOp of(TokenKind kind) {
        return switch (kind) {
            case ANY_EQ -> ANY_EQ;
            case ALL_NE -> ALL_NE;
            case ALL_EQ -> ALL_EQ;
            case ANY_NE -> ANY_NE;
            case GT -> GT;
            case GE -> GE;
            case LT -> LT;
            case LE -> LE;
            case CONTAINS -> CONTAINS;
            case MATCHES -> MATCHES;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }
}
