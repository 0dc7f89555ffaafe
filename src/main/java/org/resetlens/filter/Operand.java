package org.resetlens.filter;

import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldType;

/**
 * A compiled value expression (a field, a slice, a bitwise and): produces its values for a frame
 * in the run-time representation of {@link #type()} — {@link Long} for integers, booleans (0/1),
 * IPv4 and times (ns); {@link Double}; {@code byte[]} for Ethernet, IPv6, bytes and protocols;
 * {@link String} for strings.
 */
interface Operand {
    FieldType type();

    /** The operand as the user wrote it, for messages. */
    String text();

    /** Appends every value of the operand in {@code frame}. */
    void values(Evaluation ev, int frame, List<Object> out);

    /** True when the operand has at least one value in {@code frame}. */
    default boolean present(Evaluation ev, int frame) {
        List<Object> out = new java.util.ArrayList<>(2);
        values(ev, frame, out);
        return !out.isEmpty();
    }

    void collectFields(Set<FieldDef> out);
}
