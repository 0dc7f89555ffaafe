package org.resetlens.filter;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.resetlens.core.CancelToken;
import org.resetlens.dissect.FieldDef;

/**
 * A compiled display filter. It holds no frame data: {@link #bind} it to the sources of a capture
 * to get a {@link FilterMatcher}. Immutable and safe to share between threads.
 */
public final class Filter {
    private final String text;
    private final Node ast;
    private final Plan plan;
    private final Set<FieldDef> fields;
    private final Set<FieldDef> protocolBytes;

    Filter(String text, Node ast, Plan plan, Set<FieldDef> fields, Set<FieldDef> protocolBytes) {
        this.protocolBytes = Set.copyOf(protocolBytes);
        this.text = text;
        this.ast = ast;
        this.plan = plan;
        this.fields = Collections.unmodifiableSet(new LinkedHashSet<>(fields));
    }

    public String text() {
        return text;
    }

    /** The syntax tree, or null for the empty filter (which matches every frame). */
    public Node ast() {
        return ast;
    }

    /** Every field and protocol the filter reads. */
    public Set<FieldDef> fields() {
        return fields;
    }

    /** What the caller must dissect for when no columns are bound: every field the filter reads. */
    public Set<FieldDef> fieldsNeeded() {
        return fieldsNeeded(ColumnSource.NONE);
    }

    /**
     * The fields that {@code columns} cannot answer: what the caller must dissect for. A protocol
     * whose bytes the filter reads ({@code frame contains "GET"}, {@code ip[0:2]}) is always
     * needed, since columns answer only a protocol's presence.
     */
    public Set<FieldDef> fieldsNeeded(ColumnSource columns) {
        Set<FieldDef> out = new LinkedHashSet<>();
        for (FieldDef f : fields) {
            if (columns == null || columns.column(f) == null || protocolBytes.contains(f)) out.add(f);
        }
        return out;
    }

    /** True when {@code columns} answer every field, so matching never dissects. */
    public boolean columnsOnly(ColumnSource columns) {
        return fieldsNeeded(columns).isEmpty();
    }

    /** This filter reading {@code columns} where they answer a field and {@code fields} for the rest. */
    public FilterMatcher bind(FrameFields frameFields, ColumnSource columns) {
        return new FilterMatcher(plan, new Evaluation(frameFields, columns, fields));
    }

    /** One-off test of a frame (0-based) without columns. */
    public boolean matches(int frame, FrameFields frameFields) {
        return bind(frameFields, ColumnSource.NONE).matches(frame);
    }

    /** The 0-based frames below {@code frameCount} that pass. */
    public int[] select(int frameCount, FrameFields frameFields, ColumnSource columns, CancelToken cancel) {
        return bind(frameFields, columns).select(frameCount, cancel);
    }

    @Override
    public String toString() {
        return text;
    }
}
