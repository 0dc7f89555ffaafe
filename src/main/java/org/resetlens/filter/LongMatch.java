package org.resetlens.filter;

import java.util.Arrays;

/**
 * The test one value of an integer-like field must pass, as plain data so that a column can run it
 * in a tight loop without lambdas: the value (made 0/1 for a boolean, masked for a CIDR network) lies
 * in one of a few inclusive ranges, or in none of them when negated. Immutable; a final class so
 * that calls to {@link #test} are statically bound and inlined early by the JIT.
 */
public final class LongMatch {
    private final long[] masks, lows, highs;
    private final boolean unsigned, negate, bool;

    private LongMatch(long[] masks, long[] lows, long[] highs, boolean unsigned, boolean negate, boolean bool) {
        this.masks = masks;
        this.lows = lows;
        this.highs = highs;
        this.unsigned = unsigned;
        this.negate = negate;
        this.bool = bool;
    }

    /** True when the field value {@code v} passes. */
    public boolean test(long v) {
        if (bool && v != 0) v = 1;
        for (int i = 0; i < lows.length; i++) {
            long x = v & masks[i];
            if (unsigned) x ^= Long.MIN_VALUE;
            if (lows[i] <= x && x <= highs[i]) return !negate;
        }
        return negate;
    }

    /** This test negated. */
    LongMatch not() {
        return new LongMatch(masks, lows, highs, unsigned, !negate, bool);
    }

    /** Builds the union of ranges of a match. */
    static final class Builder {
        private final boolean unsigned, bool;
        private long[] masks = new long[2], lows = new long[2], highs = new long[2];
        private int n;

        /** @param unsigned compare as unsigned 64-bit values; @param bool the field is a boolean (non-zero is 1) */
        Builder(boolean unsigned, boolean bool) {
            this.unsigned = unsigned;
            this.bool = bool;
        }

        private long order(long v) {
            return unsigned ? v ^ Long.MIN_VALUE : v;
        }

        private Builder add(long mask, long lo, long hi) {
            if (lo > hi) return this; // empty
            if (n == lows.length) {
                masks = Arrays.copyOf(masks, n * 2);
                lows = Arrays.copyOf(lows, n * 2);
                highs = Arrays.copyOf(highs, n * 2);
            }
            masks[n] = mask;
            lows[n] = lo;
            highs[n] = hi;
            n++;
            return this;
        }

        /** Equal to {@code c} under an IPv4 prefix ({@code prefix} &lt; 0: no prefix). */
        Builder equal(long c, int prefix) {
            long mask = prefix < 0 ? -1L : prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
            long v = order(c & mask);
            return add(mask, v, v);
        }

        Builder greater(long c, boolean orEqual) {
            long o = order(c);
            if (!orEqual && o == Long.MAX_VALUE) return this;
            return add(-1L, orEqual ? o : o + 1, Long.MAX_VALUE);
        }

        Builder less(long c, boolean orEqual) {
            long o = order(c);
            if (!orEqual && o == Long.MIN_VALUE) return this;
            return add(-1L, Long.MIN_VALUE, orEqual ? o : o - 1);
        }

        /** Between {@code lo} and {@code hi}, both included. */
        Builder between(long lo, long hi) {
            return add(-1L, order(lo), order(hi));
        }

        LongMatch build(boolean negate) {
            return new LongMatch(Arrays.copyOf(masks, n), Arrays.copyOf(lows, n), Arrays.copyOf(highs, n),
                    unsigned, negate, bool);
        }
    }
}
