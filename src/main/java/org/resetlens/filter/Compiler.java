package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.resetlens.core.Span;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;

/**
 * The checker and code generator: resolves names in the registry, applies Wireshark 4.0's type
 * rules (which operator applies to which type, how a literal converts for a field type) and
 * builds the {@link FrameTest} tree.
 */
final class Compiler {
    private final FieldRegistry registry;
    private final String src;
    /** The nearest field name for the last unknown-name error, for the caller to offer. */
    String suggestion;
    /** Protocols whose bytes the filter reads (not just their presence): columns cannot answer those. */
    final java.util.Set<FieldDef> protocolBytes = new java.util.LinkedHashSet<>();

    Compiler(FieldRegistry registry, String src) {
        this.registry = registry;
        this.src = src;
    }

    FrameTest test(Node n) {
        if (n instanceof Node.Not x) return Tests.not(test(x.operand()));
        if (n instanceof Node.And) return Tests.all(chain(n, Node.And.class));
        if (n instanceof Node.Or) return Tests.any(chain(n, Node.Or.class));
        if (n instanceof Node.Xor x) return Tests.xor(test(x.left()), test(x.right()));
        if (n instanceof Node.Compare c) return compare(c);
        if (n instanceof Node.InSet s) return inSet(s);
        if (n instanceof Node.Exists e) return exists(e.operand());
        return exists(n);
    }

    /**
     * The operands of a run of the same left-associative operator ({@code a or b or c}), compiled
     * in order without recursing once per operator, so long flat filters cannot overflow the stack.
     */
    private List<FrameTest> chain(Node n, Class<? extends Node> kind) {
        List<Node> operands = new ArrayList<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(n);
        while (!pending.isEmpty()) {
            Node x = pending.pop();
            if (kind.isInstance(x)) {
                List<Node> kids = Nodes.children(x);
                pending.push(kids.get(1));
                pending.push(kids.get(0));
            } else {
                operands.add(x);
            }
        }
        List<FrameTest> out = new ArrayList<>(operands.size());
        for (Node o : operands) out.add(test(o));
        return out;
    }

    private FrameTest exists(Node operand) {
        if (operand instanceof Node.Word w && registry.find(w.text()).isEmpty()
                && ForeignNames.HEX_LOOKING.contains(w.text())) {
            return Tests.present(new AbsentOperand(w.text()));
        }
        if (operand instanceof Node.Word w) {
            FieldDef def = registry.find(w.text()).orElseThrow(() -> unknown(w.text(), w.span(),
                    " is neither a field nor a protocol name."));
            return Tests.present(new FieldOperand(def));
        }
        if (operand instanceof Node.Str s) {
            throw new FilterError(ErrorCodes.UNKNOWN_FIELD, s.span(), text(s) + " is neither a field nor a protocol name.");
        }
        if (operand instanceof Node.BitAnd b) return Tests.nonZero(operand(b));
        return Tests.present(operand(operand));
    }

    private FilterError unknown(String name, Span span, String tail) {
        Optional<String> near = FieldNames.nearest(name, registry);
        suggestion = near.orElse(null);
        return new FilterError(ErrorCodes.UNKNOWN_FIELD, span,
                "\"" + name + "\"" + tail + near.map(s -> " Did you mean " + s + "?").orElse(""));
    }

    private String text(Node n) {
        return src.substring(n.span().start(), n.span().end());
    }

    /** True when {@code n} is a value read from the frame (a field, or a slice or mask of one). */
    private boolean isFieldBased(Node n) {
        if (n instanceof Node.Word w) return known(w.text());
        if (n instanceof Node.Slice s) return isFieldBased(s.operand());
        if (n instanceof Node.BitAnd b) return isFieldBased(b.left());
        return false;
    }

    /** A registered name, or a Wireshark name that reads like a hex literal (see {@link ForeignNames}). */
    private boolean known(String name) {
        return registry.find(name).isPresent() || (ForeignNames.HEX_LOOKING.contains(name));
    }

    private static boolean looksLikeName(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_.\\-]*") && !s.contains("..");
    }

    /** A field-based value expression; throws for a literal or an unknown name. */
    private Operand operand(Node n) {
        if (n instanceof Node.Word w) {
            if (registry.find(w.text()).isEmpty() && ForeignNames.HEX_LOOKING.contains(w.text())) {
                return new AbsentOperand(w.text());
            }
            FieldDef def = registry.find(w.text()).orElseThrow(
                    () -> unknown(w.text(), w.span(), " is not a valid protocol or protocol field."));
            if (def.isProtocol()) protocolBytes.add(def);
            return new FieldOperand(def);
        }
        if (n instanceof Node.Slice s) return slice(s);
        if (n instanceof Node.BitAnd b) return bitAnd(b);
        if (n instanceof Node.Str s) {
            throw new FilterError(ErrorCodes.NOT_A_FIELD, s.span(), text(s) + " is not a field or protocol name.");
        }
        throw new IllegalStateException("not a value: " + n);
    }

    private Operand slice(Node.Slice s) {
        Operand inner = operand(s.operand());
        switch (inner.type()) {
            case ETHER, BYTES, IPV4, IPV6, STRING, PROTOCOL -> { }
            default -> throw new FilterError(ErrorCodes.BAD_SLICE, s.operand().span(),
                    "\"" + inner.text() + "\" is a " + TypeNames.friendly(inner.type())
                            + " and cannot be sliced into a sequence of bytes.");
        }
        return new SliceOperand(inner, s.ranges(), text(s));
    }

    private Operand bitAnd(Node.BitAnd b) {
        Operand left = operand(b.left());
        FieldType t = left.type();
        boolean ok = t.isInteger() || t == FieldType.IPV4 || t == FieldType.ETHER || t == FieldType.BYTES
                || t == FieldType.IPV6;
        if (!ok) {
            throw new FilterError(ErrorCodes.TYPE, b.left().span(), TypeNames.ft(t) + " cannot &.");
        }
        if (isFieldBased(b.right())) {
            throw new FilterError(ErrorCodes.TYPE, b.right().span(),
                    "The right side of & must be a constant, not the field " + text(b.right()) + ".");
        }
        Object mask = literal(t, b.right(), left.text()).value();
        return new BitAndOperand(left, mask, text(b));
    }

    private Constant literal(FieldType type, Node n, String field) {
        if (n instanceof Node.Word || n instanceof Node.Str) return Literals.convert(type, n, field);
        throw new FilterError(ErrorCodes.SYNTAX, n.span(),
                "\"" + text(n) + "\" is not a value that " + field + " can be compared with.");
    }

    /** The left side of a relation: must be a field-based value. */
    private Operand left(Node n, String op) {
        if (isFieldBased(n)) return operand(n);
        if (n instanceof Node.Word w && looksLikeName(w.text())) {
            throw unknown(w.text(), w.span(), " is not a valid protocol or protocol field.");
        }
        if (n instanceof Node.Slice || n instanceof Node.BitAnd) return operand(n);
        throw new FilterError(ErrorCodes.NOT_A_FIELD, n.span(),
                "Left side of \"" + op + "\" expression must be a field or function, not " + text(n) + ".");
    }

    private void checkApplies(Operand lhs, Node lhsNode, String op, CmpOp cmp) {
        FieldType t = lhs.type();
        boolean ok = switch (cmp) {
            case CONTAINS, MATCHES -> t == FieldType.STRING || t == FieldType.BYTES || t == FieldType.ETHER
                    || t == FieldType.PROTOCOL;
            default -> t != FieldType.NONE;
        };
        if (!ok) {
            throw new FilterError(ErrorCodes.TYPE, lhsNode.span(), lhs.text() + " (type=" + TypeNames.friendly(t)
                    + ") cannot participate in " + op + " comparison.");
        }
    }

    private FrameTest compare(Node.Compare c) {
        String op = src.substring(c.opSpan().start(), c.opSpan().end());
        Operand lhs = left(c.left(), op);
        checkApplies(lhs, c.left(), op, c.op());
        boolean unsigned = Values.unsigned(lhs.type());
        if (isFieldBased(c.right())) {
            Operand rhs = operand(c.right());
            checkCompatible(lhs, rhs, c);
            if (c.op() == CmpOp.MATCHES) {
                throw new FilterError(ErrorCodes.TYPE, c.right().span(), "The right side of matches must be a string.");
            }
            return Tests.pairs(lhs, rhs, relation(c.op(), unsigned), c.op() == CmpOp.ALL_NE || c.op() == CmpOp.ALL_EQ);
        }
        if (c.op() == CmpOp.MATCHES) {
            String pattern = c.right() instanceof Node.Str s
                    ? new String(s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8)
                    : text(c.right());
            SafeRegex re = SafeRegex.compile(pattern, c.right().span());
            return Tests.each(lhs, v -> re.find(Values.text(v)), false);
        }
        FieldType litType = c.op() == CmpOp.CONTAINS && lhs.type() != FieldType.STRING ? FieldType.BYTES : lhs.type();
        Constant k = literal(litType, c.right(), lhs.text());
        boolean all = c.op() == CmpOp.ALL_NE || c.op() == CmpOp.ALL_EQ;
        if (lhs instanceof FieldOperand f && k.value() instanceof Long && f.type() != FieldType.PROTOCOL
                && c.op() != CmpOp.CONTAINS) {
            return Tests.eachLong(f, longRelation(c.op(), k, unsigned), all);
        }
        return Tests.each(lhs, constRelation(c.op(), k, unsigned), all);
    }

    private static Predicate<Object> constRelation(CmpOp op, Constant k, boolean unsigned) {
        Object c = k.value();
        return switch (op) {
            case ANY_EQ, ALL_EQ -> v -> Values.equal(v, k);
            case ALL_NE, ANY_NE -> v -> !Values.equal(v, k);
            case GT -> v -> Values.compare(v, c, unsigned) > 0;
            case GE -> v -> Values.compare(v, c, unsigned) >= 0;
            case LT -> v -> Values.compare(v, c, unsigned) < 0;
            case LE -> v -> Values.compare(v, c, unsigned) <= 0;
            case CONTAINS -> v -> Values.contains(v, c);
            case MATCHES -> throw new IllegalStateException("matches is compiled apart");
        };
    }

    /** {@link #constRelation} for long values and a long constant (with an IPv4 prefix if any). */
    private static java.util.function.LongPredicate longRelation(CmpOp op, Constant k, boolean unsigned) {
        long c = (Long) k.value();
        long mask = k.prefix() < 0 ? -1L : k.prefix() == 0 ? 0 : (0xffffffffL << (32 - k.prefix())) & 0xffffffffL;
        long masked = c & mask;
        return switch (op) {
            case ANY_EQ, ALL_EQ -> v -> (v & mask) == masked;
            case ALL_NE, ANY_NE -> v -> (v & mask) != masked;
            case GT -> unsigned ? v -> Long.compareUnsigned(v, c) > 0 : v -> v > c;
            case GE -> unsigned ? v -> Long.compareUnsigned(v, c) >= 0 : v -> v >= c;
            case LT -> unsigned ? v -> Long.compareUnsigned(v, c) < 0 : v -> v < c;
            case LE -> unsigned ? v -> Long.compareUnsigned(v, c) <= 0 : v -> v <= c;
            case CONTAINS, MATCHES -> throw new IllegalStateException(op + " has no long form");
        };
    }

    private static BiPredicate<Object, Object> relation(CmpOp op, boolean unsigned) {
        return switch (op) {
            case ANY_EQ, ALL_EQ -> Values::equal;
            case ALL_NE, ANY_NE -> (a, b) -> !Values.equal(a, b);
            case GT -> (a, b) -> Values.compare(a, b, unsigned) > 0;
            case GE -> (a, b) -> Values.compare(a, b, unsigned) >= 0;
            case LT -> (a, b) -> Values.compare(a, b, unsigned) < 0;
            case LE -> (a, b) -> Values.compare(a, b, unsigned) <= 0;
            case CONTAINS -> Values::contains;
            case MATCHES -> throw new IllegalStateException("matches is compiled apart");
        };
    }

    private static int family(FieldType t) {
        return switch (t) {
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM -> 1;
            case ETHER, BYTES, PROTOCOL -> 2;
            default -> 100 + t.ordinal();
        };
    }

    private void checkCompatible(Operand a, Operand b, Node.Compare c) {
        if (b.type() == FieldType.NONE || family(a.type()) != family(b.type())) {
            throw new FilterError(ErrorCodes.TYPE, c.span(), a.text() + " and " + b.text()
                    + " are not of compatible types.");
        }
    }

    private FrameTest inSet(Node.InSet s) {
        Operand lhs = left(s.operand(), "in");
        checkApplies(lhs, s.operand(), "in", CmpOp.ANY_EQ);
        boolean unsigned = Values.unsigned(lhs.type());
        List<Predicate<Object>> members = new ArrayList<>();
        List<java.util.function.LongPredicate> longMembers = new ArrayList<>();
        for (Node.SetElement e : s.elements()) {
            if (isFieldBased(e.low()) || (e.high() != null && isFieldBased(e.high()))) {
                throw new FilterError(ErrorCodes.TYPE, e.low().span(), "Set elements must be constants.");
            }
            Constant low = literal(lhs.type(), e.low(), lhs.text());
            if (e.high() == null) {
                members.add(v -> Values.equal(v, low));
                if (low.value() instanceof Long) longMembers.add(longRelation(CmpOp.ANY_EQ, low, unsigned));
            } else {
                Constant high = literal(lhs.type(), e.high(), lhs.text());
                Object lo = low.value(), hi = high.value();
                members.add(v -> Values.compare(v, lo, unsigned) >= 0 && Values.compare(v, hi, unsigned) <= 0);
                if (lo instanceof Long && hi instanceof Long) {
                    java.util.function.LongPredicate ge = longRelation(CmpOp.GE, low, unsigned);
                    java.util.function.LongPredicate le = longRelation(CmpOp.LE, high, unsigned);
                    longMembers.add(v -> ge.test(v) && le.test(v));
                }
            }
        }
        if (lhs instanceof FieldOperand f && f.type() != FieldType.PROTOCOL && longMembers.size() == members.size()) {
            java.util.function.LongPredicate[] ms = longMembers.toArray(new java.util.function.LongPredicate[0]);
            return Tests.eachLong(f, v -> {
                for (java.util.function.LongPredicate m : ms) if (m.test(v)) return true;
                return false;
            }, false);
        }
        return Tests.each(lhs, v -> {
            for (Predicate<Object> m : members) if (m.test(v)) return true;
            return false;
        }, false);
    }
}
