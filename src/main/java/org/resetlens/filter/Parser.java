package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.core.Span;

/**
 * Precedence-climbing parser, one method per level, loosest first:
 * {@code or} &lt; {@code xor} &lt; {@code and} &lt; {@code not} &lt; relation
 * ({@code == != === !== > >= < <= contains matches in}) &lt; {@code &} &lt; slice &lt; word/string.
 * As in Wireshark, {@code !a == b} negates the whole relation.
 */
final class Parser {
    /** Deepest nesting of parentheses and negations accepted. */
    static final int MAX_DEPTH = 256;

    private final String src;
    private final List<Token> tokens;
    private int index;
    private int depth;

    private Parser(String src, List<Token> tokens) {
        this.src = src;
        this.tokens = tokens;
    }

    /** The tree of {@code src}; throws {@link FilterError} when it is not a well-formed filter. */
    static Node parse(String src) {
        Parser p = new Parser(src, Lexer.tokenize(src));
        Node n = p.orExpr();
        if (p.peek().kind() != TokenKind.EOF) throw p.unexpected(p.peek());
        return n;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token take() {
        return tokens.get(index++);
    }

    private boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    private Token expect(TokenKind kind) {
        if (!at(kind)) throw unexpected(peek());
        return take();
    }

    FilterError unexpected(Token t) {
        if (t.kind() == TokenKind.EOF) {
            return new FilterError(ErrorCodes.UNEXPECTED_END, t.span(), "Unexpected end of filter expression.");
        }
        return new FilterError(ErrorCodes.SYNTAX, t.span(), "\"" + t.shown(src) + "\" was unexpected in this context.");
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) {
            throw new FilterError(ErrorCodes.TOO_COMPLEX, t.span(),
                    "The filter is nested too deeply (more than " + MAX_DEPTH + " levels of parentheses or negations).");
        }
    }

    private Node orExpr() {
        Node left = xorExpr();
        while (at(TokenKind.OR)) {
            take();
            Node right = xorExpr();
            left = new Node.Or(left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Node xorExpr() {
        Node left = andExpr();
        while (at(TokenKind.XOR)) {
            take();
            Node right = andExpr();
            left = new Node.Xor(left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Node andExpr() {
        Node left = notExpr();
        while (at(TokenKind.AND)) {
            take();
            Node right = notExpr();
            left = new Node.And(left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Node notExpr() {
        if (!at(TokenKind.NOT)) return relation();
        Token not = take();
        enter(not);
        Node operand = notExpr();
        depth--;
        return new Node.Not(operand, not.span().to(operand.span()));
    }

    private Node relation() {
        if (at(TokenKind.LPAREN)) {
            Token open = take();
            enter(open);
            Node inner = orExpr();
            Token close = expect(TokenKind.RPAREN);
            depth--;
            return withSpan(inner, open.span().to(close.span()));
        }
        Node left = bitAnd();
        Token op = peek();
        if (op.kind().isComparison()) {
            take();
            Node right = bitAnd();
            return new Node.Compare(CmpOp.of(op.kind()), left, right, op.span(), left.span().to(right.span()));
        }
        if (op.kind() == TokenKind.IN) {
            take();
            return set(left);
        }
        return new Node.Exists(left, left.span());
    }

    /** A parenthesised test keeps its own node but its span covers the parentheses. */
    private static Node withSpan(Node n, Span span) {
        if (n instanceof Node.And a) return new Node.And(a.left(), a.right(), span);
        if (n instanceof Node.Or o) return new Node.Or(o.left(), o.right(), span);
        if (n instanceof Node.Xor x) return new Node.Xor(x.left(), x.right(), span);
        if (n instanceof Node.Not x) return new Node.Not(x.operand(), span);
        if (n instanceof Node.Compare c) return new Node.Compare(c.op(), c.left(), c.right(), c.opSpan(), span);
        if (n instanceof Node.InSet x) return new Node.InSet(x.operand(), x.elements(), span);
        if (n instanceof Node.Exists x) return new Node.Exists(x.operand(), span);
        return n;
    }

    private Node set(Node operand) {
        expect(TokenKind.LBRACE);
        List<Node.SetElement> elements = new ArrayList<>();
        while (true) {
            Node low = bitAnd();
            Node high = null;
            if (at(TokenKind.DOTDOT)) {
                take();
                high = bitAnd();
            }
            elements.add(new Node.SetElement(low, high));
            if (at(TokenKind.COMMA)) {
                take();
                continue;
            }
            Token close = expect(TokenKind.RBRACE);
            return new Node.InSet(operand, List.copyOf(elements), operand.span().to(close.span()));
        }
    }

    private Node bitAnd() {
        Node left = sliced();
        while (at(TokenKind.BITWISE_AND)) {
            take();
            Node right = sliced();
            left = new Node.BitAnd(left, right, left.span().to(right.span()));
        }
        return left;
    }

    private Node sliced() {
        Node n = primary();
        while (at(TokenKind.SLICE)) {
            Token s = take();
            n = new Node.Slice(n, SliceRanges.parse(s), n.span().to(s.span()));
        }
        return n;
    }

    private Node primary() {
        Token t = peek();
        return switch (t.kind()) {
            case WORD -> {
                take();
                if (t.text().endsWith("/")) {
                    throw unexpected(at(TokenKind.EOF) ? peek()
                            : new Token(TokenKind.OTHER, "/", new Span(t.span().end() - 1, t.span().end())));
                }
                yield new Node.Word(t.text(), t.span());
            }
            case STRING -> {
                take();
                yield new Node.Str(t.text(), src.charAt(t.span().start()) == 'r', t.span());
            }
            default -> throw unexpected(t);
        };
    }
}
