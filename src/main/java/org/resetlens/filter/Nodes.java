package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;

/** Generic walking of the syntax tree. */
final class Nodes {
    private Nodes() { }

    /** The direct children of a node, left to right (set elements' values included). */
    static List<Node> children(Node n) {
        if (n instanceof Node.Slice s) return List.of(s.operand());
        if (n instanceof Node.BitAnd b) return List.of(b.left(), b.right());
        if (n instanceof Node.Compare c) return List.of(c.left(), c.right());
        if (n instanceof Node.Exists e) return List.of(e.operand());
        if (n instanceof Node.Not x) return List.of(x.operand());
        if (n instanceof Node.And x) return List.of(x.left(), x.right());
        if (n instanceof Node.Or x) return List.of(x.left(), x.right());
        if (n instanceof Node.Xor x) return List.of(x.left(), x.right());
        if (n instanceof Node.InSet s) {
            List<Node> out = new ArrayList<>();
            out.add(s.operand());
            for (Node.SetElement e : s.elements()) {
                out.add(e.low());
                if (e.high() != null) out.add(e.high());
            }
            return out;
        }
        return List.of();
    }
}
