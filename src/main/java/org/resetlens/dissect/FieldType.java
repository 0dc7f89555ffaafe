package org.resetlens.dissect;

/**
 * Wireshark's field types (FT_*), for the fields ResetLens registers. Each type fixes the Java
 * class of its values in a {@link FieldValue}: integers, booleans, frame numbers and times as
 * {@link Long} (times in nanoseconds), IPv4 as {@link Long} (unsigned 32-bit), DOUBLE as
 * {@link Double}, ETHER/IPV6/BYTES as {@code byte[]}, STRING as {@link String}; PROTOCOL and NONE
 * carry no value (existence only; their bytes are the node's range in the frame).
 */
public enum FieldType {
    PROTOCOL, NONE, BOOLEAN, UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM, DOUBLE,
    RELATIVE_TIME, ABSOLUTE_TIME, ETHER, IPV4, IPV6, STRING, BYTES;

    public boolean isInteger() {
        return switch (this) {
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM -> true;
            default -> false;
        };
    }

    /** Parses the {@code FT_*} spelling used by {@code tshark -G fields}. */
    public static FieldType fromWireshark(String ft) {
        return switch (ft) {
            case "FT_PROTOCOL" -> PROTOCOL;
            case "FT_NONE" -> NONE;
            case "FT_BOOLEAN" -> BOOLEAN;
            case "FT_UINT8" -> UINT8;
            case "FT_UINT16" -> UINT16;
            case "FT_UINT24" -> UINT24;
            case "FT_UINT32" -> UINT32;
            case "FT_UINT64" -> UINT64;
            case "FT_INT32" -> INT32;
            case "FT_FRAMENUM" -> FRAMENUM;
            case "FT_DOUBLE", "FT_FLOAT" -> DOUBLE;
            case "FT_RELATIVE_TIME" -> RELATIVE_TIME;
            case "FT_ABSOLUTE_TIME" -> ABSOLUTE_TIME;
            case "FT_ETHER" -> ETHER;
            case "FT_IPv4" -> IPV4;
            case "FT_IPv6" -> IPV6;
            case "FT_STRING", "FT_STRINGZ", "FT_UINT_STRING" -> STRING;
            case "FT_BYTES" -> BYTES;
            default -> throw new IllegalArgumentException("unsupported field type " + ft);
        };
    }
}
