package org.resetlens.dissect;

/**
 * One occurrence of a field in a dissected frame: its value (class fixed by {@link FieldType}) and
 * the byte range it came from ({@code offset}/{@code length} in the frame; length 0 for generated
 * fields such as {@code tcp.stream}).
 */
public record FieldValue(FieldDef field, Object value, int offset, int length) {

    public long longValue() {
        return ((Number) value).longValue();
    }
}
