package org.resetlens.rst;

import java.util.Arrays;

/** A growable list of ints in ascending insertion order, with a search for the last value below a bound. */
final class IntList {
    private int[] a = new int[2];
    private int n;

    void add(int v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    int size() {
        return n;
    }

    int get(int i) {
        return a[i];
    }

    /** The number of values strictly below {@code bound} (values are ascending). */
    int countBelow(int bound) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < bound) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** The largest value below {@code bound}, or -1. */
    int lastBelow(int bound) {
        int k = countBelow(bound);
        return k == 0 ? -1 : a[k - 1];
    }
}
