package org.resetlens.dissect;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.resetlens.core.Timestamps;

/**
 * Prints field values the way tshark 4.0.17 does: {@link #fieldText} is what
 * {@code tshark -n -T fields} prints for one occurrence, {@link #display} and {@link #label} what the
 * details tree shows.
 */
public final class FieldFormatter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private FieldFormatter() { }

    /** The text {@code tshark -n -T fields -e FIELD} prints for this occurrence. */
    public static String fieldText(FieldValue v, byte[] frameBytes) {
        StringBuilder sb = new StringBuilder(16);
        appendFieldText(sb, v, frameBytes);
        return sb.toString();
    }

    /** Appends {@link #fieldText} to {@code sb} without intermediate strings where it can. */
    public static void appendFieldText(StringBuilder sb, FieldValue v, byte[] frameBytes) {
        FieldDef f = v.field();
        Object value = v.value();
        switch (f.type()) {
            case PROTOCOL -> {
                if (value instanceof String s) sb.append(s);
                else appendHex(sb, frameBytes, v.offset(), v.length());
            }
            case NONE -> sb.append('1');
            case BOOLEAN -> sb.append(((Number) value).longValue() != 0 ? '1' : '0');
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM -> appendInteger(sb, f, v.longValue());
            case DOUBLE -> sb.append(formatDouble(((Number) value).doubleValue()));
            case RELATIVE_TIME -> sb.append(Timestamps.seconds9(v.longValue()));
            case ABSOLUTE_TIME -> sb.append(absoluteTime(v.longValue()));
            case ETHER -> appendMac(sb, (byte[]) value, 0);
            case IPV4 -> appendIpv4(sb, v.longValue());
            case IPV6 -> sb.append(ipv6((byte[]) value, 0));
            case STRING -> sb.append((String) value);
            case BYTES -> {
                byte[] b = (byte[]) value;
                appendHex(sb, b, 0, b.length);
            }
        }
    }

    private static void appendInteger(StringBuilder sb, FieldDef f, long x) {
        if (f.type() != FieldType.FRAMENUM && (f.base() == Base.HEX || f.base() == Base.HEX_DEC)) {
            appendHexNumber(sb, x, typeHexDigits(f.type()));
        } else if (f.base() == Base.OCT) {
            sb.append('0').append(Long.toOctalString(x));
        } else if (f.type() == FieldType.UINT64) {
            sb.append(Long.toUnsignedString(x));
        } else {
            sb.append(x);
        }
    }

    /** Hex digits tshark uses for an integer type in field output (the type's width). */
    static int typeHexDigits(FieldType t) {
        return switch (t) {
            case UINT8 -> 2;
            case UINT16 -> 4;
            case UINT24 -> 6;
            case UINT64 -> 16;
            default -> 8;
        };
    }

    /** Hex digits the details tree uses: the bitmask's width when there is one, else the type's. */
    static int treeHexDigits(FieldDef f) {
        if (f.bitmask() == 0) return typeHexDigits(f.type());
        long m = f.bitmask() >>> Long.numberOfTrailingZeros(f.bitmask());
        int bits = 64 - Long.numberOfLeadingZeros(m);
        return (bits + 3) / 4;
    }

    /** The value as the details tree shows it after "Name: " (numbers by base, Set/Not set, addresses). */
    public static String display(FieldValue v) {
        FieldDef f = v.field();
        Object value = v.value();
        return switch (f.type()) {
            case PROTOCOL, NONE -> "";
            case BOOLEAN -> ((Number) value).longValue() != 0 ? (f.bitmask() != 0 ? "Set" : "True")
                    : (f.bitmask() != 0 ? "Not set" : "False");
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM -> {
                long x = v.longValue();
                StringBuilder sb = new StringBuilder(12);
                switch (f.type() == FieldType.FRAMENUM ? Base.DEC : f.base()) {
                    case HEX -> appendHexNumber(sb, x, treeHexDigits(f));
                    case HEX_DEC -> {
                        appendHexNumber(sb, x, treeHexDigits(f));
                        sb.append(" (").append(x).append(')');
                    }
                    case OCT -> sb.append('0').append(Long.toOctalString(x));
                    default -> sb.append(f.type() == FieldType.UINT64 ? Long.toUnsignedString(x) : Long.toString(x));
                }
                yield sb.toString();
            }
            case RELATIVE_TIME -> Timestamps.seconds9(v.longValue()) + " seconds";
            default -> {
                StringBuilder sb = new StringBuilder(24);
                appendFieldText(sb, v, null);
                yield sb.toString();
            }
        };
    }

    /** Wireshark's default tree label: {@code "Name: value"} (the name alone for PROTOCOL and NONE). */
    public static String label(FieldValue v) {
        return switch (v.field().type()) {
            case PROTOCOL, NONE -> v.field().name();
            default -> v.field().name() + ": " + display(v);
        };
    }

    /**
     * The bit-pattern label of a field with a bitmask inside a container of {@code widthBits} bits:
     * {@code ".... ..1. = Syn: Set"}, {@code "...0 0000 0000 0000 = Fragment Offset: 0"}.
     */
    public static String bitLabel(FieldValue v, long container, int widthBits, String valueText) {
        long mask = v.field().bitmask();
        StringBuilder sb = new StringBuilder(widthBits + widthBits / 4 + 24);
        for (int bit = widthBits - 1; bit >= 0; bit--) {
            if ((mask >>> bit & 1) != 0) sb.append((container >>> bit & 1) != 0 ? '1' : '0');
            else sb.append('.');
            if (bit > 0 && bit % 4 == 0) sb.append(' ');
        }
        sb.append(" = ").append(v.field().name()).append(": ");
        sb.append(valueText != null ? valueText : display(v));
        return sb.toString();
    }

    public static void appendHexNumber(StringBuilder sb, long x, int digits) {
        sb.append("0x");
        String h = Long.toHexString(x);
        for (int i = h.length(); i < digits; i++) sb.append('0');
        sb.append(h);
    }

    public static String hexNumber(long x, int digits) {
        StringBuilder sb = new StringBuilder(digits + 2);
        appendHexNumber(sb, x, digits);
        return sb.toString();
    }

    /** Lower-case hex of {@code len} bytes, no separators (tshark's FT_BYTES field text). */
    public static void appendHex(StringBuilder sb, byte[] b, int off, int len) {
        if (b == null || off < 0) return;
        int end = Math.min(b.length, off + len);
        for (int i = off; i < end; i++) {
            sb.append(HEX[(b[i] >> 4) & 0xf]).append(HEX[b[i] & 0xf]);
        }
    }

    public static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder(len * 2);
        appendHex(sb, b, off, len);
        return sb.toString();
    }

    public static void appendIpv4(StringBuilder sb, long a) {
        sb.append((a >>> 24) & 0xff).append('.').append((a >>> 16) & 0xff).append('.')
                .append((a >>> 8) & 0xff).append('.').append(a & 0xff);
    }

    public static String ipv4(long a) {
        StringBuilder sb = new StringBuilder(15);
        appendIpv4(sb, a);
        return sb.toString();
    }

    public static void appendMac(StringBuilder sb, byte[] b, int off) {
        for (int i = 0; i < 6; i++) {
            if (i > 0) sb.append(':');
            sb.append(HEX[(b[off + i] >> 4) & 0xf]).append(HEX[b[off + i] & 0xf]);
        }
    }

    public static String mac(byte[] b, int off) {
        StringBuilder sb = new StringBuilder(17);
        appendMac(sb, b, off);
        return sb.toString();
    }

    /**
     * An IPv6 address as inet_ntop prints it: lower-case, the longest run of two or more zero groups
     * (the first of equal runs) as {@code ::}, and the IPv4-compatible/-mapped forms in dotted quad.
     */
    public static String ipv6(byte[] b, int off) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = ((b[off + 2 * i] & 0xff) << 8) | (b[off + 2 * i + 1] & 0xff);
        int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (curBase < 0) {
                    curBase = i;
                    curLen = 1;
                } else {
                    curLen++;
                }
            } else if (curBase >= 0) {
                if (curLen > bestLen) {
                    bestBase = curBase;
                    bestLen = curLen;
                }
                curBase = -1;
            }
        }
        if (curBase >= 0 && curLen > bestLen) {
            bestBase = curBase;
            bestLen = curLen;
        }
        if (bestLen < 2) bestBase = -1;
        StringBuilder sb = new StringBuilder(39);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) sb.append(':');
                continue;
            }
            if (i != 0) sb.append(':');
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w[5] == 0xffff))) {
                sb.append(b[off + 12] & 0xff).append('.').append(b[off + 13] & 0xff).append('.')
                        .append(b[off + 14] & 0xff).append('.').append(b[off + 15] & 0xff);
                return sb.toString();
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) sb.append(':');
        return sb.toString();
    }

    /** {@code frame.time} as tshark prints it: {@code "May 13, 2004 10:17:07.311224000 UTC"} in local time. */
    public static String absoluteTime(long epochNanos) {
        return absoluteTime(epochNanos, ZoneId.systemDefault());
    }

    /** {@code frame.time} in the given zone. */
    public static String absoluteTime(long epochNanos, ZoneId zone) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L));
        ZonedDateTime z = t.atZone(zone);
        StringBuilder sb = new StringBuilder(40);
        sb.append(MONTHS[z.getMonthValue() - 1]).append(' ');
        if (z.getDayOfMonth() < 10) sb.append(' ');
        sb.append(z.getDayOfMonth()).append(", ").append(z.getYear()).append(' ');
        two(sb, z.getHour()).append(':');
        two(sb, z.getMinute()).append(':');
        two(sb, z.getSecond()).append('.');
        String frac = Integer.toString(z.getNano());
        for (int i = frac.length(); i < 9; i++) sb.append('0');
        sb.append(frac).append(' ');
        String id = zone.getId();
        sb.append(id.equals("Z") || id.equals("UTC") || id.equals("Etc/UTC") || id.equals("GMT") ? "UTC"
                : zone.getDisplayName(TextStyle.SHORT, Locale.ROOT));
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int x) {
        if (x < 10) sb.append('0');
        return sb.append(x);
    }

    /** A double as C's {@code %.15g} prints it for ordinary magnitudes (trailing zeros dropped). */
    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (d == 0) return "0";
        java.math.BigDecimal b = new java.math.BigDecimal(d).round(new java.math.MathContext(15)).stripTrailingZeros();
        return b.toPlainString();
    }
}
