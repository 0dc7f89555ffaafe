package org.resetlens.filter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.resetlens.dissect.FieldType;

/** Equality, ordering and byte views of run-time values (see {@link Operand} for their classes). */
final class Values {
    private Values() { }

    static boolean unsigned(FieldType t) {
        return switch (t) {
            case INT32, RELATIVE_TIME, ABSOLUTE_TIME, DOUBLE -> false;
            default -> true;
        };
    }

    static long ipv4(byte[] b) {
        long v = 0;
        for (int i = 0; i < Math.min(4, b.length); i++) v = (v << 8) | (b[i] & 0xff);
        return v;
    }

    /** The bytes of a value, for slices and byte comparisons. */
    static byte[] bytes(Object v) {
        if (v instanceof byte[] b) return b;
        if (v instanceof String s) return s.getBytes(StandardCharsets.UTF_8);
        if (v instanceof Long l) {
            return new byte[] {(byte) (l >>> 24), (byte) (l >>> 16), (byte) (l >>> 8), (byte) (long) l};
        }
        throw new IllegalArgumentException("no bytes for " + v);
    }

    static boolean equal(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String s && b instanceof String t) return s.equals(t);
        if (a instanceof Double || b instanceof Double) return number(a) == number(b);
        return Arrays.equals(bytes(a), bytes(b));
    }

    /** Equality with a constant, honouring a CIDR prefix on IPv4 and IPv6. */
    static boolean equal(Object a, Constant c) {
        if (c.prefix() < 0) return equal(a, c.value());
        if (a instanceof Long x && c.value() instanceof Long y) {
            long mask = c.prefix() == 0 ? 0 : (0xffffffffL << (32 - c.prefix())) & 0xffffffffL;
            return (x & mask) == (y & mask);
        }
        byte[] x = bytes(a), y = bytes(c.value());
        int bits = c.prefix();
        if (x.length * 8 < bits || y.length * 8 < bits) return false;
        int full = bits / 8;
        for (int i = 0; i < full; i++) if (x[i] != y[i]) return false;
        int rest = bits % 8;
        if (rest == 0) return true;
        int mask = (0xff << (8 - rest)) & 0xff;
        return (x[full] & mask) == (y[full] & mask);
    }

    static int compare(Object a, Object b, boolean unsigned) {
        if (a instanceof Long x && b instanceof Long y) {
            return unsigned ? Long.compareUnsigned(x, y) : Long.compare(x, y);
        }
        if (a instanceof Double || b instanceof Double) return Double.compare(number(a), number(b));
        if (a instanceof String s && b instanceof String t) return s.compareTo(t);
        return Arrays.compareUnsigned(bytes(a), bytes(b));
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    static boolean contains(Object a, Object needle) {
        if (a instanceof String s && needle instanceof String t) return s.contains(t);
        return indexOf(bytes(a), bytes(needle)) >= 0;
    }

    static int indexOf(byte[] hay, byte[] needle) {
        if (needle.length == 0) return 0;
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) continue outer;
            }
            return i;
        }
        return -1;
    }

    /** True for a non-zero integer or a byte string with a non-zero byte. */
    static boolean nonZero(Object v) {
        if (v instanceof Long l) return l != 0;
        for (byte x : bytes(v)) if (x != 0) return true;
        return false;
    }

    static Object bitAnd(Object v, Object mask) {
        if (v instanceof Long x && mask instanceof Long m) return x & m;
        byte[] a = bytes(v), b = bytes(mask);
        byte[] out = new byte[Math.min(a.length, b.length)];
        for (int i = 0; i < out.length; i++) out[i] = (byte) (a[i] & b[i]);
        return out;
    }

    /** The text a regular expression runs over: strings as they are, bytes one char per byte. */
    static CharSequence text(Object v) {
        if (v instanceof String s) return s;
        return new String(bytes(v), StandardCharsets.ISO_8859_1);
    }
}
