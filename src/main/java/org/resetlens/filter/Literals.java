package org.resetlens.filter;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.resetlens.core.Span;
import org.resetlens.dissect.FieldType;

/** Converts a literal (an unquoted word or a quoted string) to a value of a field's type, as Wireshark 4.0 does. */
final class Literals {
    private static final Pattern RELATIVE_TIME = Pattern.compile("(-?)(\\d{1,10})(?:\\.(\\d+))?");
    private static final Pattern ABS_TIME_US = Pattern.compile(
            "([A-Za-z]{3})\\s+(\\d{1,2}),\\s*(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(\\s*(?:UTC|Z))?");
    private static final Pattern ABS_TIME_ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?(\\s*(?:UTC|Z))?");
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    private Literals() { }

    /**
     * The value of {@code literal} (a {@link Node.Word} or {@link Node.Str}) for a field of type
     * {@code type} named {@code field} (for messages); throws {@link FilterError} when it is not one.
     */
    static Constant convert(FieldType type, Node literal, String field) {
        Span span = literal.span();
        if (literal instanceof Node.Str s) return fromString(type, s, field);
        String w = ((Node.Word) literal).text();
        return switch (type) {
            case UINT8, UINT16, UINT24, UINT32, UINT64, INT32, FRAMENUM -> Constant.of(integer(type, w, span));
            case BOOLEAN -> Constant.of(bool(w, span, field, false));
            case IPV4 -> ipv4(w, span);
            case IPV6 -> ipv6(w, span);
            case ETHER -> Constant.of(ether(w, span));
            case BYTES, PROTOCOL -> Constant.of(bytes(w, span));
            case STRING -> Constant.of(w);
            case RELATIVE_TIME -> Constant.of(relativeTime(w, span));
            case ABSOLUTE_TIME -> throw bad(span, "\"" + w + "\" is not a valid absolute time. Example: "
                    + "\"Nov 12, 1999 08:55:44.123\" or \"2011-07-04 12:34:56\"");
            case DOUBLE -> Constant.of(dbl(w, span));
            case NONE -> throw new FilterError(ErrorCodes.TYPE, span, field + " is a label and has no value to compare.");
        };
    }

    private static Constant fromString(FieldType type, Node.Str s, String field) {
        String latin1 = s.value();
        return switch (type) {
            case STRING -> Constant.of(new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            case BYTES, PROTOCOL -> Constant.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
            case BOOLEAN -> Constant.of(bool(latin1, s.span(), field, true));
            case ABSOLUTE_TIME -> Constant.of(absoluteTime(latin1, s.span()));
            default -> throw bad(s.span(), TypeNames.friendly(type) + " cannot be converted from a string (\""
                    + latin1 + "\").");
        };
    }

    static FilterError bad(Span span, String message) {
        return new FilterError(ErrorCodes.BAD_LITERAL, span, message);
    }

    /** An integer in decimal, 0x hex or leading-0 octal, range-checked for the type; negatives wrap for unsigned types. */
    static long integer(FieldType type, String w, Span span) {
        BigInteger v = parseInteger(w);
        if (v == null) throw bad(span, "\"" + w + "\" is not a valid number.");
        if (type == FieldType.INT32) {
            if (v.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0) {
                throw bad(span, "\"" + w + "\" too big for this field, maximum " + Integer.MAX_VALUE + ".");
            }
            if (v.compareTo(BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
                throw bad(span, "\"" + w + "\" too small for this field, minimum " + Integer.MIN_VALUE + ".");
            }
            return v.longValue();
        }
        BigInteger max = switch (type) {
            case UINT8 -> BigInteger.valueOf(0xff);
            case UINT16 -> BigInteger.valueOf(0xffff);
            case UINT24 -> BigInteger.valueOf(0xffffff);
            case UINT64 -> BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
            default -> BigInteger.valueOf(0xffffffffL);
        };
        if (v.compareTo(max) > 0) throw bad(span, "\"" + w + "\" too big for this field, maximum " + max + ".");
        if (v.signum() < 0) {
            if (v.compareTo(BigInteger.valueOf(Long.MIN_VALUE)) < 0) {
                throw bad(span, "\"" + w + "\" too small for this field, minimum " + Long.MIN_VALUE + ".");
            }
            return v.longValue(); // wraps to a huge unsigned value that matches nothing, as in Wireshark
        }
        return v.longValue();
    }

    /** strtoll with base 0: decimal, 0x hex, leading-0 octal, optional sign; null when not a number. */
    static BigInteger parseInteger(String w) {
        if (w.isEmpty() || w.length() > 40) return null;
        int i = 0;
        boolean negative = false;
        if (w.charAt(0) == '-' || w.charAt(0) == '+') {
            negative = w.charAt(0) == '-';
            i = 1;
        }
        String digits = w.substring(i);
        int radix = 10;
        if (digits.length() > 2 && (digits.startsWith("0x") || digits.startsWith("0X"))) {
            radix = 16;
            digits = digits.substring(2);
        } else if (digits.length() > 1 && digits.charAt(0) == '0') {
            radix = 8;
            digits = digits.substring(1);
        }
        if (digits.isEmpty()) return null;
        for (int k = 0; k < digits.length(); k++) {
            if (Character.digit(digits.charAt(k), radix) < 0) return null;
        }
        BigInteger v = new BigInteger(digits, radix);
        return negative ? v.negate() : v;
    }

    /** A boolean: any integer (non-zero is true), True/TRUE/False/FALSE, or in quotes Set/Not set/True/False. */
    static long bool(String w, Span span, String field, boolean quoted) {
        if (!quoted) {
            if (w.equals("True") || w.equals("TRUE")) return 1;
            if (w.equals("False") || w.equals("FALSE")) return 0;
            BigInteger v = parseInteger(w);
            if (v != null) return v.signum() != 0 ? 1 : 0;
        } else {
            String l = w.toLowerCase(Locale.ROOT);
            if (l.equals("set") || l.equals("true")) return 1;
            if (l.equals("not set") || l.equals("false")) return 0;
        }
        throw bad(span, "\"" + w + "\" cannot be found among the possible values for " + field + ".");
    }

    static Constant ipv4(String w, Span span) {
        int slash = w.indexOf('/');
        String addr = slash < 0 ? w : w.substring(0, slash);
        long v = ipv4Address(addr);
        if (v < 0) throw bad(span, "\"" + addr + "\" is not a valid IPv4 address.");
        if (slash < 0) return Constant.of(v);
        String bits = w.substring(slash + 1);
        if (bits.contains("/")) throw new FilterError(ErrorCodes.TYPE, span, "FT_IPv4 cannot /.");
        BigInteger b = bits.matches("\\d{1,10}") ? new BigInteger(bits) : null;
        if (b == null) throw bad(span, "\"" + bits + "\" is not a valid netmask in a CIDR IPv4 address.");
        if (b.intValue() > 32) {
            throw bad(span, "Netmask bits in a CIDR IPv4 address should be <= 32, not " + bits);
        }
        return new Constant(v, b.intValue());
    }

    /** Dotted quad to an unsigned 32-bit value, or -1. */
    static long ipv4Address(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return -1;
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) return -1;
            if (p.length() > 1 && p.charAt(0) == '0') return -1;
            int octet = Integer.parseInt(p);
            if (octet > 255) return -1;
            v = (v << 8) | octet;
        }
        return v;
    }

    static Constant ipv6(String w, Span span) {
        int slash = w.indexOf('/');
        String addr = slash < 0 ? w : w.substring(0, slash);
        byte[] v = ipv6Address(addr);
        if (v == null) throw bad(span, "\"" + addr + "\" is not a valid IPv6 address.");
        if (slash < 0) return Constant.of(v);
        String bits = w.substring(slash + 1);
        if (!bits.matches("\\d{1,10}")) throw bad(span, "\"" + bits + "\" is not a valid prefix in an IPv6 address.");
        long b = Long.parseLong(bits);
        if (b > 128) throw bad(span, "Prefix in a IPv6 address should be <= 128, not " + bits);
        return new Constant(v, (int) b);
    }

    /** RFC 4291 text form (with :: and an optional trailing dotted quad) to 16 bytes, or null. */
    static byte[] ipv6Address(String s) {
        if (s.isEmpty() || s.length() > 45) return null;
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
        String head = dbl < 0 ? s : s.substring(0, dbl);
        String tail = dbl < 0 ? "" : s.substring(dbl + 2);
        int[] h = groups(head, dbl < 0), t = groups(tail, true);
        if (h == null || t == null) return null;
        int total = h.length + t.length;
        if (dbl < 0 ? total != 8 : total > 7) return null;
        byte[] out = new byte[16];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) (h[i] >> 8);
            out[2 * i + 1] = (byte) h[i];
        }
        for (int i = 0; i < t.length; i++) {
            int g = 8 - t.length + i;
            out[2 * g] = (byte) (t[i] >> 8);
            out[2 * g + 1] = (byte) t[i];
        }
        return out;
    }

    /** 16-bit groups separated by ':'; the last may be a dotted quad when {@code last}. */
    private static int[] groups(String s, boolean last) {
        if (s.isEmpty()) return new int[0];
        String[] parts = s.split(":", -1);
        int n = parts.length;
        boolean quad = last && parts[n - 1].contains(".");
        int[] out = new int[quad ? n + 1 : n];
        for (int i = 0; i < n; i++) {
            String p = parts[i];
            if (quad && i == n - 1) {
                long v = ipv4Address(p);
                if (v < 0) return null;
                out[i] = (int) (v >>> 16);
                out[i + 1] = (int) (v & 0xffff);
            } else {
                if (p.isEmpty() || p.length() > 4) return null;
                int v = 0;
                for (int k = 0; k < p.length(); k++) {
                    int d = Character.digit(p.charAt(k), 16);
                    if (d < 0) return null;
                    v = v * 16 + d;
                }
                out[i] = v;
            }
        }
        return out;
    }

    static byte[] ether(String w, Span span) {
        byte[] b = hexBytes(w);
        if (b == null) throw bad(span, "\"" + w + "\" is not a valid Ethernet address.");
        if (b.length < 6) throw bad(span, "\"" + w + "\" contains too few bytes to be a valid Ethernet address.");
        if (b.length > 6) throw bad(span, "\"" + w + "\" contains too many bytes to be a valid Ethernet address.");
        return b;
    }

    /** A byte string ({@code aa:bb:cc}, {@code aa-bb}, {@code aabb.ccdd}, {@code aabbcc}, {@code :fc}) or one byte as 0xNN. */
    static byte[] bytes(String w, Span span) {
        byte[] b = hexBytes(w);
        if (b != null) return b;
        BigInteger v = w.startsWith("0x") || w.startsWith("0X") ? parseInteger(w) : null;
        if (v != null && v.signum() >= 0 && v.compareTo(BigInteger.valueOf(0xff)) <= 0) {
            return new byte[] {(byte) v.intValue()};
        }
        throw bad(span, "\"" + w + "\" is not a valid byte string.");
    }

    /** Hex digits in pairs, optionally separated by ':', '-' or '.'; a leading ':' is allowed. Null when not one. */
    static byte[] hexBytes(String w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = w.startsWith(":") ? 1 : 0;
        if (i >= w.length()) return null;
        while (i < w.length()) {
            int d1 = Character.digit(w.charAt(i), 16);
            if (d1 < 0) return null;
            i++;
            int d2 = i < w.length() ? Character.digit(w.charAt(i), 16) : -1;
            if (d2 >= 0) {
                out.write(d1 * 16 + d2);
                i++;
            } else {
                out.write(d1);
            }
            if (i < w.length()) {
                char c = w.charAt(i);
                if (c == ':' || c == '-' || c == '.') {
                    i++;
                    if (i >= w.length()) return null;
                } else if (Character.digit(c, 16) < 0) {
                    return null;
                }
            }
        }
        return out.toByteArray();
    }

    /** Seconds with an optional fraction, as nanoseconds. */
    static long relativeTime(String w, Span span) {
        Matcher m = RELATIVE_TIME.matcher(w);
        if (!m.matches()) throw bad(span, "\"" + w + "\" is not a valid time.");
        long secs = Long.parseLong(m.group(2));
        String frac = m.group(3) == null ? "" : m.group(3);
        if (frac.length() > 9) frac = frac.substring(0, 9);
        long nanos = frac.isEmpty() ? 0 : Long.parseLong((frac + "000000000").substring(0, 9));
        long v = secs * 1_000_000_000L + nanos;
        return m.group(1).isEmpty() ? v : -v;
    }

    /** "May 13, 2004 10:17:07.311224" or "2004-05-13 10:17:07", local time unless followed by UTC; nanoseconds since the epoch. */
    static long absoluteTime(String s, Span span) {
        String t = s.strip();
        Matcher us = ABS_TIME_US.matcher(t), iso = ABS_TIME_ISO.matcher(t);
        int year, month, day;
        Matcher m;
        if (us.matches()) {
            m = us;
            month = monthIndex(us.group(1));
            day = Integer.parseInt(us.group(2));
            year = Integer.parseInt(us.group(3));
        } else if (iso.matches()) {
            m = iso;
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            m = null;
            year = month = day = -1;
        }
        try {
            if (m == null || month < 1) throw new java.time.DateTimeException(s);
            LocalDateTime local = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            ZoneId zone = m.group(8) != null ? ZoneOffset.UTC : ZoneId.systemDefault();
            long secs = local.atZone(zone).toEpochSecond();
            String frac = m.group(7) == null ? "" : m.group(7);
            long nanos = frac.isEmpty() ? 0 : Long.parseLong((frac + "000000000").substring(0, 9));
            return secs * 1_000_000_000L + nanos;
        } catch (java.time.DateTimeException e) {
            throw bad(span, "\"" + s + "\" is not a valid absolute time. Example: \"Nov 12, 1999 08:55:44.123\" or "
                    + "\"2011-07-04 12:34:56\"");
        }
    }

    private static int monthIndex(String name) {
        String l = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(l)) return i + 1;
        }
        return -1;
    }

    static double dbl(String w, Span span) {
        if (!w.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) throw bad(span, "\"" + w + "\" is not a valid number.");
        return Double.parseDouble(w);
    }
}
