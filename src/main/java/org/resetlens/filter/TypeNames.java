package org.resetlens.filter;

import org.resetlens.dissect.FieldType;

/** The names Wireshark uses for field types in its messages. */
final class TypeNames {
    private TypeNames() { }

    /** "Unsigned integer (2 bytes)", "IPv4 address", ... as in {@code (type=...)}. */
    static String friendly(FieldType t) {
        return switch (t) {
            case PROTOCOL -> "Protocol";
            case NONE -> "Label";
            case BOOLEAN -> "Boolean";
            case UINT8 -> "Unsigned integer (1 byte)";
            case UINT16 -> "Unsigned integer (2 bytes)";
            case UINT24 -> "Unsigned integer (3 bytes)";
            case UINT32 -> "Unsigned integer (4 bytes)";
            case UINT64 -> "Unsigned integer (8 bytes)";
            case INT32 -> "Signed integer (4 bytes)";
            case FRAMENUM -> "Frame number";
            case DOUBLE -> "Floating point (double-precision)";
            case RELATIVE_TIME -> "Time offset";
            case ABSOLUTE_TIME -> "Date and time";
            case ETHER -> "Ethernet or other MAC address";
            case IPV4 -> "IPv4 address";
            case IPV6 -> "IPv6 address";
            case STRING -> "Character string";
            case BYTES -> "Byte sequence";
        };
    }

    /** "FT_UINT16", "FT_STRING", ... */
    static String ft(FieldType t) {
        return switch (t) {
            case IPV4 -> "FT_IPv4";
            case IPV6 -> "FT_IPv6";
            default -> "FT_" + t.name();
        };
    }
}
