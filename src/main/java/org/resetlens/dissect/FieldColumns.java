package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of {@code packets -e}: registered fields or tshark's {@code _ws.col.*} columns,
 * formatted for one frame as {@code tshark -T fields -E separator=/t -E occurrence=a -E aggregator=,}
 * prints a line (occurrences comma-joined, an absent field empty).
 */
public final class FieldColumns {
    private enum Text { PROTOCOL, INFO, SOURCE, DESTINATION }

    /** Either a field id (>= 0) or a text column (encoded as -1 - ordinal). */
    private final int[] columns;

    private FieldColumns(int[] columns) {
        this.columns = columns;
    }

    /**
     * Resolves column names against the registry.
     *
     * @param unknown receives the names that are neither fields nor {@code _ws.col.*} columns
     * @return the columns, or null when any name is unknown
     */
    public static FieldColumns resolve(FieldRegistry registry, List<String> names, List<String> unknown) {
        int[] cols = new int[names.size()];
        for (int i = 0; i < cols.length; i++) {
            String name = names.get(i);
            Text t = switch (name) {
                case "_ws.col.Protocol" -> Text.PROTOCOL;
                case "_ws.col.Info" -> Text.INFO;
                case "_ws.col.Source", "_ws.col.def_src" -> Text.SOURCE;
                case "_ws.col.Destination", "_ws.col.def_dst" -> Text.DESTINATION;
                default -> null;
            };
            if (t != null) {
                cols[i] = -1 - t.ordinal();
            } else {
                FieldDef f = registry.find(name).orElse(null);
                if (f == null) unknown.add(name);
                else cols[i] = f.id();
            }
        }
        return unknown.isEmpty() ? new FieldColumns(cols) : null;
    }

    public int size() {
        return columns.length;
    }

    /** Appends one tab-separated line (without the newline) for {@code d}. */
    public void appendLine(StringBuilder line, Dissection d) {
        List<FieldValue> values = d.allValues();
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) line.append('\t');
            int c = columns[i];
            if (c < 0) {
                line.append(switch (Text.values()[-1 - c]) {
                    case PROTOCOL -> d.protocolColumn();
                    case INFO -> d.infoColumn();
                    case SOURCE -> d.sourceColumn();
                    case DESTINATION -> d.destinationColumn();
                });
                continue;
            }
            boolean any = false;
            for (int k = 0, n = values.size(); k < n; k++) {
                FieldValue v = values.get(k);
                if (v.field().id() != c) continue;
                if (any) line.append(',');
                FieldFormatter.appendFieldText(line, v, d.bytes());
                any = true;
            }
        }
    }

    /** The line as a list of cells (tests). */
    public List<String> cells(Dissection d) {
        StringBuilder sb = new StringBuilder();
        appendLine(sb, d);
        return new ArrayList<>(List.of(sb.toString().split("\t", -1)));
    }
}
