package org.resetlens.filter;

import java.util.List;
import org.resetlens.core.Span;

/**
 * The syntax tree of a display filter, as parsed and before names and types are checked. Every
 * node carries the columns it covers so that any error can point at it.
 */
public sealed interface Node {
    Span span();

    /** A word: a field or protocol name, or an unquoted literal; which one is decided by the checker. */
    record Word(String text, Span span) implements Node { }

    /** A quoted string; {@code value} holds its bytes, one char per byte (ISO-8859-1). */
    record Str(String value, boolean raw, Span span) implements Node { }

    /** A byte range of a field's or protocol's bytes: {@code eth.src[0:3]}. */
    record Slice(Node operand, List<Range> ranges, Span span) implements Node { }

    /** Bitwise and: {@code tcp.flags & 0x02}. */
    record BitAnd(Node left, Node right, Span span) implements Node { }

    /** A comparison; {@code opSpan} is the operator's columns. */
    record Compare(CmpOp op, Node left, Node right, Span opSpan, Span span) implements Node { }

    /** Set membership: {@code tcp.port in {80, 443, 8000..8080}}. */
    record InSet(Node operand, List<SetElement> elements, Span span) implements Node { }

    /** A field, protocol or slice used as a test: true when it is present. */
    record Exists(Node operand, Span span) implements Node { }

    record Not(Node operand, Span span) implements Node { }

    record And(Node left, Node right, Span span) implements Node { }

    record Or(Node left, Node right, Span span) implements Node { }

    record Xor(Node left, Node right, Span span) implements Node { }

    /** One element of a set: a value, or an inclusive range when {@code high} is not null. */
    record SetElement(Node low, Node high) { }

    /**
     * A byte range of a slice. {@code start} may be negative (from the end). Exactly one of the
     * forms: {@code length} given ({@code [i:n]}, {@code [i]} has length 1), {@code end} given
     * (inclusive, {@code [i-j]}), or neither ({@code [i:]}, to the end).
     */
    record Range(int start, Integer length, Integer end) { }
}
