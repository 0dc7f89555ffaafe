package org.resetlens.ui.details;

import java.util.HexFormat;
import org.resetlens.dissect.Base;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldValue;

/** Builds the display filter that matches a details-tree field ("Apply as Filter"). */
public final class FieldFilter {
    private FieldFilter() { }

    /** {@code abbrev == value} in filter syntax, or the bare name for protocols and valueless fields. */
    public static String of(FieldValue v) {
        FieldDef f = v.field();
        if (v.value() == null) return f.abbrev();
        return f.abbrev() + " == " + literal(f, v.value());
    }

    static String literal(FieldDef f, Object value) {
        return switch (f.type()) {
            case BOOLEAN -> ((Number) value).longValue() != 0 ? "1" : "0";
            case IPV4 -> ipv4(((Number) value).longValue());
            case ETHER, BYTES -> colonHex((byte[]) value);
            case IPV6 -> ipv6((byte[]) value);
            case STRING -> "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case DOUBLE, RELATIVE_TIME, ABSOLUTE_TIME -> time(f, value);
            default -> integer(f, ((Number) value).longValue());
        };
    }

    private static String integer(FieldDef f, long v) {
        return f.base() == Base.HEX || f.base() == Base.HEX_DEC ? "0x" + Long.toHexString(v) : Long.toString(v);
    }

    private static String time(FieldDef f, Object value) {
        if (value instanceof Double d) return d.toString();
        long n = ((Number) value).longValue();
        return org.resetlens.core.Timestamps.seconds9(n);
    }

    static String ipv4(long v) {
        return ((v >> 24) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 8) & 0xff) + "." + (v & 0xff);
    }

    static String colonHex(byte[] b) {
        return HexFormat.ofDelimiter(":").formatHex(b);
    }

    static String ipv6(byte[] b) {
        try {
            return java.net.InetAddress.getByAddress(b).getHostAddress().replaceAll("(^|:)0+(?=[0-9a-f])", "$1")
                    .replaceFirst("(^|:)(0(:|$)){2,}", "::").replaceFirst(":::", "::");
        } catch (java.net.UnknownHostException e) {
            return colonHex(b);
        }
    }
}
