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
}
