package org.resetlens.ui.stats;

import java.util.List;

/** A titled table of text cells, the plain-Java content of a small Statistics window. */
public record StatTable(String title, List<String> headers, List<List<String>> rows) {
    public StatTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
