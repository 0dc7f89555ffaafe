package org.resetlens.rst;

import java.util.Arrays;

/**
 * The packets of one direction of a stream by a 32-bit TCP number each carries (a seq, an ack or a nxtseq),
 * in packet order per number. Entries are packed as (number, packet) longs in one array, sorted once, so
 * a stream's lookups cost no boxed key and no map entry per packet.
 */
final class NumberIndex {
    private static final long[] NONE = new long[0];
    private long[] entries = NONE;
    private int n;
    private boolean sorted = true;

    /** Adds {@code packet} under {@code number}; packets must be added in ascending order. */
    void add(long number, int packet) {
        if (n == entries.length) entries = Arrays.copyOf(entries, Math.max(4, n * 2));
        long e = key(number) | packet;
        if (n > 0 && e < entries[n - 1]) sorted = false;
        entries[n++] = e;
    }

    /*
     * The number in the high half: all entries of one number form one contiguous run in signed order too,
     * ordered by packet, so one signed sort and binary search serve every number.
     */
    private static long key(long number) {
        return (number & 0xffffffffL) << 32;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(entries, 0, n);
            sorted = true;
        }
    }

    /** Position of the first entry not below {@code entry} (signed order). */
    private int lowerBound(long entry) {
        sort();
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries[mid] < entry) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Position of the first entry of {@code number} that is packet {@code packet} or later. */
    private int from(long number, int packet) {
        return lowerBound(key(number) | packet);
    }

    private boolean at(int i, long number) {
        return i < n && (entries[i] & 0xffffffff_00000000L) == key(number);
    }

    private int packet(int i) {
        return (int) entries[i];
    }

    /** The first packet added under {@code number}, or -1. */
    int first(long number) {
        int i = from(number, 0);
        return at(i, number) ? packet(i) : -1;
    }

    /** How many packets under {@code number} come before packet {@code bound}. */
    int countBelow(long number, int bound) {
        return bound <= 0 ? 0 : from(number, bound) - from(number, 0);
    }

    /** The last {@code max} packets under {@code number} that come before packet {@code bound}, in order. */
    int[] lastBelow(long number, int bound, int max) {
        int start = from(number, 0);
        int end = bound <= 0 ? start : from(number, bound);
        int first = Math.max(start, end - max);
        int[] out = new int[end - first];
        for (int i = first; i < end; i++) out[i - first] = packet(i);
        return out;
    }

    /** The first packet under {@code number} after {@code after} and before {@code before}, or -1. */
    int firstBetween(long number, int after, int before) {
        int i = from(number, Math.max(0, after + 1));
        return at(i, number) && packet(i) < before ? packet(i) : -1;
    }
}
