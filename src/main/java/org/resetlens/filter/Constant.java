package org.resetlens.filter;

/**
 * A literal converted to a field's type, in the same representation as the field's values at
 * run time ({@link Long}, {@link Double}, {@code byte[]} or {@link String}); {@code prefix} is the
 * CIDR prefix length of an IPv4/IPv6 network, or -1.
 */
record Constant(Object value, int prefix) {
    static Constant of(Object value) {
        return new Constant(value, -1);
    }
}
