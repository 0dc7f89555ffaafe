package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetlens.core.Span;

/** Expression → tree: precedence (Wireshark 4.0: and over or, not over a whole relation), spans, slices, sets. */
class ParserTest {

    /** A compact rendering of the tree: operators prefix, words as written. */
    private static String show(Node n) {
        if (n instanceof Node.Word w) return w.text();
        if (n instanceof Node.Str s) return "\"" + s.value() + "\"";
        if (n instanceof Node.Exists e) return show(e.operand());
        if (n instanceof Node.Not x) return "(not " + show(x.operand()) + ")";
        if (n instanceof Node.And x) return "(and " + show(x.left()) + " " + show(x.right()) + ")";
        if (n instanceof Node.Or x) return "(or " + show(x.left()) + " " + show(x.right()) + ")";
        if (n instanceof Node.Xor x) return "(xor " + show(x.left()) + " " + show(x.right()) + ")";
        if (n instanceof Node.Compare c) return "(" + c.op().symbol() + " " + show(c.left()) + " " + show(c.right()) + ")";
        if (n instanceof Node.BitAnd b) return "(& " + show(b.left()) + " " + show(b.right()) + ")";
        if (n instanceof Node.Slice s) return show(s.operand()) + s.ranges();
        if (n instanceof Node.InSet s) {
            StringBuilder sb = new StringBuilder("(in " + show(s.operand()));
            for (Node.SetElement e : s.elements()) {
                sb.append(' ').append(show(e.low()));
                if (e.high() != null) sb.append("..").append(show(e.high()));
            }
            return sb.append(')').toString();
        }
        throw new IllegalStateException(n.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "a or b and c => (or a (and b c))",
        "a and b or c => (or (and a b) c)",
        "a || b && c || d => (or (or a (and b c)) d)",
        "a xor b and c or d => (or (xor a (and b c)) d)",
        "!tcp.port == 80 || udp => (or (not (== tcp.port 80)) udp)",
        "not not tcp => (not (not tcp))",
        "(a or b) and c => (and (or a b) c)",
        "tcp.flags & 0x12 == 0x12 => (== (& tcp.flags 0x12) 0x12)",
        "tcp.port eq 1 ne 2 => SYNTAX",
        "x ~ \"y\" => (matches x \"y\")",
        "x ~= 1 => (!== x 1)",
        "x === 1 => (=== x 1)",
        "x != 1 => (!= x 1)",
        "p in {1, 2..3, 4 .. 5} => (in p 1 2..3 4..5)",
        "ip.addr in {10.7.9.1..10.7.9.10} => (in ip.addr 10.7.9.1..10.7.9.10)",
        "f in {-2.0 .. 0.0} => (in f -2.0..0.0)",
    })
    void precedenceAndShape(String filter, String expected) {
        String actual;
        try {
            actual = show(Parser.parse(filter));
        } catch (FilterError e) {
            actual = "SYNTAX";
        }
        assertEquals(expected, actual);
    }

    @Test
    void everyNodeCarriesItsColumns() {
        Node.Or or = assertInstanceOf(Node.Or.class, Parser.parse("(ip.src == 1.2.3.4) || eth.src[0:3] == 00:50:56"));
        assertEquals(new Span(0, 47), or.span());
        Node.Compare left = assertInstanceOf(Node.Compare.class, or.left());
        assertEquals(new Span(0, 19), left.span());
        assertEquals(new Span(1, 7), left.left().span());
        assertEquals(new Span(8, 10), left.opSpan());
        assertEquals(new Span(11, 18), left.right().span());
        Node.Compare right = assertInstanceOf(Node.Compare.class, or.right());
        Node.Slice slice = assertInstanceOf(Node.Slice.class, right.left());
        assertEquals(new Span(23, 35), slice.span());
        assertEquals(List.of(new Node.Range(0, 3, null)), slice.ranges());
    }

    @Test
    void sliceForms() {
        Node.Slice s = assertInstanceOf(Node.Slice.class,
                ((Node.Exists) Parser.parse("frame[1:2, -3:3, 4-6, :5, 7:, 8, -1]")).operand());
        assertEquals(List.of(new Node.Range(1, 2, null), new Node.Range(-3, 3, null), new Node.Range(4, null, 6),
                new Node.Range(0, 5, null), new Node.Range(7, null, null), new Node.Range(8, 1, null),
                new Node.Range(-1, 1, null)), s.ranges());
    }

    @Test
    void stringsAreUnescapedAndRawStringsAreNot() {
        Node.Compare c = (Node.Compare) Parser.parse("x == \"a\\x41\\101\\n\\\"\"");
        assertEquals("aAA\n\"", ((Node.Str) c.right()).value());
        Node.Compare raw = (Node.Compare) Parser.parse("x matches r\"a\\.b\"");
        assertEquals("a\\.b", ((Node.Str) raw.right()).value());
    }
}
