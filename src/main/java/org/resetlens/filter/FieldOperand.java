package org.resetlens.filter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.FieldValue;

/**
 * A field or protocol: its occurrences from a column when one is bound, otherwise from
 * dissection. A protocol's column answers only its presence; its bytes come from dissection.
 */
record FieldOperand(FieldDef def) implements Operand {

    @Override
    public FieldType type() {
        return def.type();
    }

    @Override
    public String text() {
        return def.abbrev();
    }

    @Override
    public void values(Evaluation ev, int frame, List<Object> out) {
        FieldColumn col = def.type() == FieldType.PROTOCOL ? null : ev.column(def);
        if (col != null) {
            int n = col.count(frame);
            for (int i = 0; i < n; i++) {
                long v = col.value(frame, i);
                out.add(def.type() == FieldType.BOOLEAN ? (v != 0 ? 1L : 0L) : v);
            }
            return;
        }
        List<FieldValue> vs = ev.fields.values(frame, def);
        if (vs.isEmpty()) return;
        byte[] frameBytes = def.type() == FieldType.PROTOCOL ? ev.fields.bytes(frame) : null;
        for (FieldValue v : vs) out.add(canonical(v, frameBytes));
    }

    @Override
    public boolean present(Evaluation ev, int frame) {
        FieldColumn col = ev.column(def);
        if (col != null) return col.count(frame) > 0;
        return !ev.fields.values(frame, def).isEmpty();
    }

    @Override
    public void collectFields(Set<FieldDef> out) {
        out.add(def);
    }

    /** The run-time representation of a dissected value (see {@link Operand}). */
    private Object canonical(FieldValue fv, byte[] frameBytes) {
        Object v = fv.value();
        return switch (def.type()) {
            case PROTOCOL -> {
                // Wireshark's protocol value is its tvb: from the protocol's start to the end of the data.
                int from = Math.max(0, Math.min(fv.offset(), frameBytes.length));
                yield Arrays.copyOfRange(frameBytes, from, frameBytes.length);
            }
            case NONE -> Boolean.TRUE;
            case BOOLEAN -> v instanceof Boolean b ? (b ? 1L : 0L) : (((Number) v).longValue() != 0 ? 1L : 0L);
            case IPV4 -> v instanceof byte[] b ? Values.ipv4(b) : ((Number) v).longValue() & 0xffffffffL;
            case DOUBLE -> ((Number) v).doubleValue();
            case ETHER, IPV6, BYTES -> v instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : v;
            case STRING -> v instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : v.toString();
            default -> ((Number) v).longValue();
        };
    }
}
