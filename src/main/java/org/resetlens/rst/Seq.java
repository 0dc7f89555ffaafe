package org.resetlens.rst;

/** Arithmetic on 32-bit TCP sequence numbers that wrap past 2^32 (RFC 9293 §3.4). */
final class Seq {
    private Seq() { }

    /** Signed distance a - b, modulo 2^32. */
    static int diff(long a, long b) {
        return (int) (a - b);
    }

    static boolean after(long a, long b) {
        return diff(a, b) > 0;
    }

    static long plus(long a, long n) {
        return (a + n) & 0xffffffffL;
    }
}
