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
    /** Deprecated operators (in text order), then deprecated names, once each: Wireshark's "deprecated tokens". */
    private final java.util.Map<String, org.resetlens.core.Diagnostic> operatorWarnings = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, org.resetlens.core.Diagnostic> nameWarnings = new java.util.LinkedHashMap<>();

    Compiler(FieldRegistry registry, String src) {
        this.registry = registry;
        this.src = src;
    }

    /**
     * The warnings of the compiled filter, as Wireshark 4.0 lists its deprecated tokens: the
     * scanner's ({@code ~=}) before the names the checker resolved through an alias. Each keeps the
     * columns of its first occurrence.
     */
    List<org.resetlens.core.Diagnostic> warnings() {
        List<org.resetlens.core.Diagnostic> out = new ArrayList<>(operatorWarnings.values());
        out.addAll(nameWarnings.values());
        return out;
    }

    private static org.resetlens.core.Diagnostic warning(String code, Span span, String message) {
        return new org.resetlens.core.Diagnostic(org.resetlens.core.Severity.WARNING, code, message, span.start(),
                span.end() - span.start());
    }

    /** A field or protocol by name, through Wireshark's old protocol aliases (with a warning). */
    private Optional<FieldDef> lookup(Node.Word w) {
        Optional<FieldDef> def = DeprecatedNames.resolve(registry, w.text());
        if (def.isPresent() && DeprecatedNames.isAlias(registry, w.text())) {
            nameWarnings.putIfAbsent(w.text().toLowerCase(java.util.Locale.ROOT),
                    warning(ErrorCodes.DEPRECATED, w.span(), DeprecatedNames.message(w.text())));
        }
        return def;
    }

    Plan test(Node n) {
        if (n instanceof Node.Not x) return Plan.Not.of(test(x.operand()));
        if (n instanceof Node.And) return Plan.And.of(chain(n, Node.And.class));
        if (n instanceof Node.Or) return Plan.Or.of(chain(n, Node.Or.class));
        if (n instanceof Node.Xor x) return Plan.Xor.of(test(x.left()), test(x.right()));
        if (n instanceof Node.Compare c) return compare(c);
        if (n instanceof Node.InSet s) return inSet(s);
        if (n instanceof Node.Exists e) return exists(e.operand());
        return exists(n);
    }

    /**
     * The operands of a run of the same left-associative operator ({@code a or b or c}), compiled
     * in order without recursing once per operator, so long flat filters cannot overflow the stack.
     */
    private List<Plan> chain(Node n, Class<? extends Node> kind) {
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
        List<Plan> out = new ArrayList<>(operands.size());
        for (Node o : operands) out.add(test(o));
        return out;
    }

    private Plan exists(Node operand) {
        if (operand instanceof Node.Word w && DeprecatedNames.resolve(registry, w.text()).isEmpty()
                && ForeignNames.HEX_LOOKING.contains(w.text())) {
            return new Plan.Leaf(Tests.present(new AbsentOperand(w.text())));
        }
        if (operand instanceof Node.Word w) {
            FieldDef def = lookup(w).orElseThrow(() -> unknown(w.text(), w.span(),
                    " is neither a field nor a protocol name."));
            return new Plan.Column(def, null, false, Tests.present(new FieldOperand(def)));
        }
        if (operand instanceof Node.Str s) {
            throw new FilterError(ErrorCodes.UNKNOWN_FIELD, s.span(), text(s) + " is neither a field nor a protocol name.");
        }
        if (operand instanceof Node.BitAnd b) return new Plan.Leaf(Tests.nonZero(operand(b)));
        return new Plan.Leaf(Tests.present(operand(operand)));
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
        return DeprecatedNames.resolve(registry, name).isPresent() || (ForeignNames.HEX_LOOKING.contains(name));
    }

    private static boolean looksLikeName(String s) {
        return s.matches("[A-Za-z_][A-Za-z0-9_.\\-]*") && !s.contains("..");
    }

    /** A field-based value expression; throws for a literal or an unknown name. */
    private Operand operand(Node n) {
        if (n instanceof Node.Word w) {
            if (DeprecatedNames.resolve(registry, w.text()).isEmpty() && ForeignNames.HEX_LOOKING.contains(w.text())) {
                return new AbsentOperand(w.text());
            }
            FieldDef def = lookup(w).orElseThrow(
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

    private Plan compare(Node.Compare c) {
        String op = src.substring(c.opSpan().start(), c.opSpan().end());
        if (op.equals("~=")) {
            // Wireshark 4.0's scanner flags "~=" (any_ne) as a deprecated token; the filter still runs.
            operatorWarnings.putIfAbsent(OLD_ANY_NE, warning(ErrorCodes.DEPRECATED, c.opSpan(), OLD_ANY_NE));
        }
        Operand lhs = left(c.left(), op);
        checkApplies(lhs, c.left(), op, c.op());
        boolean unsigned = Values.unsigned(lhs.type());
        if (isFieldBased(c.right())) {
            Operand rhs = operand(c.right());
            checkCompatible(lhs, rhs, c);
            if (c.op() == CmpOp.MATCHES) {
                throw new FilterError(ErrorCodes.TYPE, c.right().span(), "The right side of matches must be a string.");
            }
            return new Plan.Leaf(Tests.pairs(lhs, rhs, relation(c.op(), unsigned),
                    c.op() == CmpOp.ALL_NE || c.op() == CmpOp.ALL_EQ));
        }
        if (c.op() == CmpOp.MATCHES) {
            String pattern = c.right() instanceof Node.Str s
                    ? new String(s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                            java.nio.charset.StandardCharsets.UTF_8)
                    : text(c.right());
            SafeRegex re = SafeRegex.compile(pattern, c.right().span());
            return new Plan.Leaf(Tests.each(lhs, v -> re.find(Values.text(v)), false));
        }
        FieldType litType = c.op() == CmpOp.CONTAINS && lhs.type() != FieldType.STRING ? FieldType.BYTES : lhs.type();
        Constant k = literal(litType, c.right(), lhs.text());
        boolean all = c.op() == CmpOp.ALL_NE || c.op() == CmpOp.ALL_EQ;
        if (lhs instanceof FieldOperand f && k.value() instanceof Long && f.type() != FieldType.PROTOCOL
                && c.op() != CmpOp.CONTAINS) {
            LongMatch match = longRelation(c.op(), k, unsigned, f.type() == FieldType.BOOLEAN);
            return new Plan.Column(f.def(), match, all, Tests.eachLong(f, match, all));
        }
        return new Plan.Leaf(Tests.each(lhs, constRelation(c.op(), k, unsigned), all));
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
    private static LongMatch longRelation(CmpOp op, Constant k, boolean unsigned, boolean bool) {
        long c = (Long) k.value();
        LongMatch.Builder b = new LongMatch.Builder(unsigned, bool);
        return switch (op) {
            case ANY_EQ, ALL_EQ -> b.equal(c, k.prefix()).build(false);
            case ALL_NE, ANY_NE -> b.equal(c, k.prefix()).build(true);
            case GT -> b.greater(c, false).build(false);
            case GE -> b.greater(c, true).build(false);
            case LT -> b.less(c, false).build(false);
            case LE -> b.less(c, true).build(false);
            case CONTAINS, MATCHES -> throw new IllegalStateException(op + " has no long form");
        };
    }

    /** Wireshark 4.0's deprecated-token text for {@code ~=} (the message its filter bar shows, less the final dot). */
    static final String OLD_ANY_NE = "The operator \"~=\" is deprecated, use \"!==\" instead";

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

    private Plan inSet(Node.InSet s) {
        Operand lhs = left(s.operand(), "in");
        checkApplies(lhs, s.operand(), "in", CmpOp.ANY_EQ);
        boolean unsigned = Values.unsigned(lhs.type());
        List<Predicate<Object>> members = new ArrayList<>();
        LongMatch.Builder longMembers = new LongMatch.Builder(unsigned, lhs.type() == FieldType.BOOLEAN);
        boolean allLong = true;
        for (Node.SetElement e : s.elements()) {
            if (isFieldBased(e.low()) || (e.high() != null && isFieldBased(e.high()))) {
                throw new FilterError(ErrorCodes.TYPE, e.low().span(), "Set elements must be constants.");
            }
            Constant low = literal(lhs.type(), e.low(), lhs.text());
            if (e.high() == null) {
                members.add(v -> Values.equal(v, low));
                if (low.value() instanceof Long l) longMembers.equal(l, low.prefix());
                else allLong = false;
            } else {
                Constant high = literal(lhs.type(), e.high(), lhs.text());
                Object lo = low.value(), hi = high.value();
                members.add(v -> Values.compare(v, lo, unsigned) >= 0 && Values.compare(v, hi, unsigned) <= 0);
                if (lo instanceof Long l && hi instanceof Long h) longMembers.between(l, h);
                else allLong = false;
            }
        }
        if (lhs instanceof FieldOperand f && f.type() != FieldType.PROTOCOL && allLong) {
            LongMatch match = longMembers.build(false);
            return new Plan.Column(f.def(), match, false, Tests.eachLong(f, match, false));
        }
        return new Plan.Leaf(Tests.each(lhs, v -> {
            for (Predicate<Object> m : members) if (m.test(v)) return true;
            return false;
        }, false));
    }
}
