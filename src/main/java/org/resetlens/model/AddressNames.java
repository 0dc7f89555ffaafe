package org.resetlens.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Formats each distinct IP address once and hands out the same String for it, so the conversations of a
 * capture with tens of thousands of streams share a few host names (whose hash codes are then worked
 * out once, and compared by identity first) instead of holding two new strings each.
 */
final class AddressNames {
    /** An address as the endpoint table keys it (IPv4's high half is a value no IPv6 address has there). */
    private record Key(long high, long low) {
        /* Written out: the generated ones go through method handles, slow for a hundred thousand calls at start. */
        @Override
        public int hashCode() {
            return Long.hashCode(high * 31 + low);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && high == other.high && low == other.low;
        }
    }

    private final Map<Key, String> names = new HashMap<>();

    String name(byte[] a, int ipVersion) {
        Key key = new Key(EndpointTable.high(ipVersion, a), EndpointTable.low(ipVersion, a));
        String name = names.get(key);
        if (name == null) {
            name = Addresses.format(a, ipVersion);
            names.put(key, name);
        }
        return name;
    }
}
