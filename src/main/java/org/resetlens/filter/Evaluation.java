package org.resetlens.filter;

import java.util.Collection;
import org.resetlens.dissect.FieldDef;

/** The sources one bound filter reads: the columns it was bound to, by field id, and the dissected fields. */
final class Evaluation {
    final FrameFields fields;
    private final FieldColumn[] columns;

    Evaluation(FrameFields fields, ColumnSource source, Collection<FieldDef> used) {
        this.fields = fields;
        int max = used.stream().mapToInt(FieldDef::id).max().orElse(-1);
        this.columns = new FieldColumn[max + 1];
        ColumnSource s = source == null ? ColumnSource.NONE : source;
        for (FieldDef f : used) columns[f.id()] = s.column(f);
    }

    FieldColumn column(FieldDef f) {
        int id = f.id();
        return id < columns.length ? columns[id] : null;
    }
}
