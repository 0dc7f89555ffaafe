package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.resetlens.core.Diagnostic;
import org.resetlens.testutil.Shared;

/**
 * The conformance suite's filters at compile time: every filter of filters.tsv (which tshark
 * 4.0.17 accepts) compiles, and every filter of invalid.tsv (which it rejects) is rejected with
 * a diagnostic that has a column inside the filter, without an exception.
 */
class ConformanceCompileTest {

    private static List<String[]> rows(String file) throws IOException {
        Path p = Shared.require().resolve("conformance").resolve(file);
        List<String> lines = Files.readAllLines(p);
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) out.add(line.split("\t", -1));
        return out;
    }

    @Test
    void everyValidFilterCompiles() throws IOException {
        Set<String> filters = new LinkedHashSet<>();
        for (String[] r : rows("filters.tsv")) filters.add(r[1]);
        List<String> failures = new ArrayList<>();
        for (String f : filters) {
            CompileResult r = DisplayFilter.compile(f, TestRegistry.get());
            if (!r.ok()) failures.add(f + "  ->  " + r.error().message() + " @" + r.error().offset());
        }
        assertEquals(List.of(), failures, failures.size() + " of " + filters.size() + " valid filters rejected");
        assertEquals(403, filters.size());
    }

    @Test
    void everyInvalidFilterIsRejectedWithAColumn() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = rows("invalid.tsv");
        for (String[] r : rows) {
            String f = r[0];
            CompileResult res = DisplayFilter.compile(f, TestRegistry.get());
            Diagnostic d = res.error();
            if (res.ok()) {
                failures.add(f + "  accepted (tshark: " + r[1] + ")");
            } else if (d.offset() < 0 || d.offset() > f.length() || d.offset() + d.length() > f.length()) {
                failures.add(f + "  bad span " + d.offset() + "+" + d.length());
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(rows.size() >= 89);
    }
}
