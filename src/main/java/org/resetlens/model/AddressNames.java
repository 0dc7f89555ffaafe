package org.resetlens.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Formats each distinct IP address once and hands out the same String for it, so the conversations of a
 * capture with tens of thousands of streams share a few host names (whose hash codes are then worked
 * out once, and compared by identity first) instead of holding two new strings each.
 */
final class AddressNames {
    private record V6(long hi, long lo) { }

    private final Map<Object, String> names = new HashMap<>();

    String name(byte[] a, int ipVersion) {
        Object key;
        if (ipVersion == 4) {
            key = ((a[0] & 0xffL) << 24) | ((a[1] & 0xffL) << 16) | ((a[2] & 0xffL) << 8) | (a[3] & 0xffL);
        } else {
            key = new V6(half(a, 0), half(a, 8));
        }
        String name = names.get(key);
        if (name == null) {
            name = Addresses.format(a, ipVersion);
            names.put(key, name);
        }
        return name;
    }

    private static long half(byte[] a, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) v = (v << 8) | (a[i] & 0xff);
        return v;
    }
}
