package org.resetlens.filter;

import java.util.LinkedHashSet;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/** Entry point: compiles Wireshark 4.0 display-filter text against a field registry. */
public final class DisplayFilter {
    private DisplayFilter() { }

    /** Compiles {@code text}; never throws for bad input, the result carries the diagnostic instead. */
    public static CompileResult compile(String text, FieldRegistry registry) {
        if (text.isBlank()) return new CompileResult(new Filter(text, null, (ev, f) -> true, Set.of()), null, null);
        Compiler compiler = new Compiler(registry, text);
        try {
            Node ast = Parser.parse(text);
            FrameTest test = compiler.test(ast);
            Set<FieldDef> fields = new LinkedHashSet<>();
            collect(ast, registry, fields);
            return new CompileResult(new Filter(text, ast, test, fields), null, null);
        } catch (FilterError e) {
            return new CompileResult(null, e.diagnostic(), compiler.suggestion);
        }
    }

    /** Parses only, for syntax colouring: the tree or the syntax error. */
    public static Node parse(String text) {
        return Parser.parse(text);
    }

    private static void collect(Node n, FieldRegistry registry, Set<FieldDef> out) {
        if (n instanceof Node.Word w) {
            registry.find(w.text()).ifPresent(out::add);
        } else if (n instanceof Node.Slice s) {
            collect(s.operand(), registry, out);
        } else if (n instanceof Node.BitAnd b) {
            collect(b.left(), registry, out);
            collect(b.right(), registry, out);
        } else if (n instanceof Node.Compare c) {
            collect(c.left(), registry, out);
            collect(c.right(), registry, out);
        } else if (n instanceof Node.InSet s) {
            collect(s.operand(), registry, out);
        } else if (n instanceof Node.Exists e) {
            collect(e.operand(), registry, out);
        } else if (n instanceof Node.Not x) {
            collect(x.operand(), registry, out);
        } else if (n instanceof Node.And x) {
            collect(x.left(), registry, out);
            collect(x.right(), registry, out);
        } else if (n instanceof Node.Or x) {
            collect(x.left(), registry, out);
            collect(x.right(), registry, out);
        } else if (n instanceof Node.Xor x) {
            collect(x.left(), registry, out);
            collect(x.right(), registry, out);
        }
    }
}
