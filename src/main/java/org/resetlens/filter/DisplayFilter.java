package org.resetlens.filter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/** Entry point: compiles Wireshark 4.0 display-filter text against a field registry. */
public final class DisplayFilter {
    private DisplayFilter() { }

    /** Compiles {@code text}; never throws for bad input, the result carries the diagnostic instead. */
    public static CompileResult compile(String text, FieldRegistry registry) {
        if (text.isBlank()) return new CompileResult(new Filter(text, null, new Plan.Leaf((ev, f) -> true), Set.of(), Set.of()), null, null);
        Compiler compiler = new Compiler(registry, text);
        try {
            Node ast = Parser.parse(text);
            Plan test = compiler.test(ast);
            Set<FieldDef> fields = new LinkedHashSet<>();
            collect(ast, registry, fields);
            return new CompileResult(new Filter(text, ast, test, fields, compiler.protocolBytes), null, null,
                    compiler.warnings());
        } catch (FilterError e) {
            return new CompileResult(null, e.diagnostic(), compiler.suggestion);
        }
    }

    /** Every registered name in the tree, walked without recursion. */
    private static void collect(Node root, FieldRegistry registry, Set<FieldDef> out) {
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node n = pending.pop();
            if (n instanceof Node.Word w) DeprecatedNames.resolve(registry, w.text()).ifPresent(out::add);
            List<Node> kids = Nodes.children(n);
            for (int i = kids.size() - 1; i >= 0; i--) pending.push(kids.get(i));
        }
    }
}
