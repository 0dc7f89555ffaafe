package org.resetlens.filter;

/**
 * One field's values for every frame, as longs: unsigned integers, frame numbers, booleans
 * (0 or 1; any non-zero counts as 1), IPv4 addresses (unsigned 32-bit), times in nanoseconds.
 * A protocol's column gives its count only (1 when present).
 */
public interface FieldColumn {
    /** How many times the field occurs in {@code frame} (0-based): 0 when absent, 2 for tcp.port. */
    int count(int frame);

    /** Occurrence {@code i} (0-based, tree order) of the field in {@code frame}. */
    long value(int frame, int i);

    /**
     * The bulk form of a test on this field, for the frames {@code from <= f < to} whose bit
     * {@code f - from} is set in {@code mask}: sets bit {@code f - from} of {@code out} when the
     * field is present and {@code match} passes for some occurrence ({@code all} false) or for every
     * occurrence ({@code all} true). A null {@code match} tests presence only. Columns override this
     * with a loop over their own storage; this default goes through {@link #count}/{@link #value}.
     */
    default void scan(int from, int to, long[] mask, LongMatch match, boolean all, long[] out) {
        for (int f = from; f < to; f++) {
            int bit = f - from;
            if ((mask[bit >>> 6] & (1L << bit)) == 0) continue;
            if (passes(this, f, match, all)) out[bit >>> 6] |= 1L << bit;
        }
    }

    /** One frame of {@link #scan}, through {@link #count}/{@link #value}. */
    static boolean passes(FieldColumn column, int frame, LongMatch match, boolean all) {
        int n = column.count(frame);
        if (n == 0) return false;
        if (match == null) return true;
        for (int i = 0; i < n; i++) {
            if (match.test(column.value(frame, i)) != all) return !all;
        }
        return all;
    }
}
