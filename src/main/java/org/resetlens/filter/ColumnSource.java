package org.resetlens.filter;

import org.resetlens.dissect.FieldDef;

/**
 * The fast path: fields that can be answered for every frame straight from primitive columns
 * built at load time (frame.number, frame.len, tcp.stream, tcp.flags.reset, tcp.port, ip.addr,
 * ...), without dissection. The compiler reads such fields here and asks {@link FrameFields}
 * only for the rest.
 */
public interface ColumnSource {
    /** No columns: every field comes from dissection. */
    ColumnSource NONE = field -> null;

    /** A column for {@code field}, or null when the field needs dissection. */
    FieldColumn column(FieldDef field);
}
