package org.resetlens.model;

import java.util.Arrays;

/**
 * An open-addressing hash map from an unordered pair of transport endpoints (address, port) to an
 * int id, with primitive keys so the load pass never allocates per packet. Addresses are passed as
 * two longs each (IPv6 high and low halves; IPv4 as {@link #V4_HI} and the address).
 */
final class EndpointTable {
    /** The high half used for every IPv4 address (not a routable IPv6 prefix). */
    static final long V4_HI = 0xffff_ffff_ffff_fff4L;
    private static final int K = 5;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    /** Set by {@link #find}/{@link #put}: whether the source endpoint is the pair's canonical first. */
    boolean srcIsFirst;
    private long aHi, aLo, bHi, bLo, ports;

    /** The high half of an address as this table keys it: {@link #V4_HI} for IPv4, the first 8 bytes for IPv6. */
    static long high(int ipVersion, byte[] a) {
        return ipVersion == 4 ? V4_HI : half(a, 0);
    }

    /** The low half of an address as this table keys it: the IPv4 address, or the last 8 bytes of an IPv6 one. */
    static long low(int ipVersion, byte[] a) {
        if (ipVersion == 4) {
            return ((a[0] & 0xffL) << 24) | ((a[1] & 0xffL) << 16) | ((a[2] & 0xffL) << 8) | (a[3] & 0xffL);
        }
        return half(a, 8);
    }

    private static long half(byte[] a, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) v = (v << 8) | (a[i] & 0xff);
        return v;
    }

    EndpointTable() {
        int cap = 1024;
        keys = new long[cap * K];
        values = new int[cap];
        Arrays.fill(values, -1);
        mask = cap - 1;
    }

    /** Sets the lookup key; returns this for chaining. */
    EndpointTable key(long srcHi, long srcLo, int srcPort, long dstHi, long dstLo, int dstPort) {
        int c = Long.compare(srcHi, dstHi);
        if (c == 0) c = Long.compare(srcLo, dstLo);
        if (c == 0) c = Integer.compare(srcPort, dstPort);
        srcIsFirst = c <= 0;
        if (srcIsFirst) {
            aHi = srcHi; aLo = srcLo; bHi = dstHi; bLo = dstLo;
            ports = ((long) srcPort << 16) | dstPort;
        } else {
            aHi = dstHi; aLo = dstLo; bHi = srcHi; bLo = srcLo;
            ports = ((long) dstPort << 16) | srcPort;
        }
        return this;
    }

    private int slot() {
        long h = aHi * 0x9E3779B97F4A7C15L;
        h = (h ^ aLo) * 0x9E3779B97F4A7C15L;
        h = (h ^ bHi) * 0x9E3779B97F4A7C15L;
        h = (h ^ bLo) * 0x9E3779B97F4A7C15L;
        h = (h ^ ports) * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (values[i] != -1) {
            int o = i * K;
            if (keys[o] == aHi && keys[o + 1] == aLo && keys[o + 2] == bHi && keys[o + 3] == bLo
                    && keys[o + 4] == ports) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The id stored for the current key, or -1. */
    int find() {
        return values[slot()];
    }

    /** Stores (or replaces) the id for the current key. */
    void put(int id) {
        int i = slot();
        if (values[i] == -1) {
            if ((size + 1) * 2 > values.length) {
                grow();
                i = slot();
            }
            size++;
            int o = i * K;
            keys[o] = aHi; keys[o + 1] = aLo; keys[o + 2] = bHi; keys[o + 3] = bLo; keys[o + 4] = ports;
        }
        values[i] = id;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        int cap = oldValues.length * 2;
        keys = new long[cap * K];
        values = new int[cap];
        Arrays.fill(values, -1);
        mask = cap - 1;
        long sHi = aHi, sLo = aLo, tHi = bHi, tLo = bLo, p = ports;
        // a call per entry: a loop run once over a large table would stay interpreted
        for (int j = 0; j < oldValues.length; j++) if (oldValues[j] != -1) reinsert(oldKeys, j, oldValues[j]);
        aHi = sHi; aLo = sLo; bHi = tHi; bLo = tLo; ports = p;
    }

    private void reinsert(long[] oldKeys, int j, int value) {
        int o = j * K;
        aHi = oldKeys[o]; aLo = oldKeys[o + 1]; bHi = oldKeys[o + 2]; bLo = oldKeys[o + 3]; ports = oldKeys[o + 4];
        int i = slot();
        System.arraycopy(oldKeys, o, keys, i * K, K);
        values[i] = value;
    }
}
