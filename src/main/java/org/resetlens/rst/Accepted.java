package org.resetlens.rst;

import java.util.Locale;

/** Whether the peer took the reset: {@code yes}, {@code no} or {@code unknown}. */
public enum Accepted {
    YES, NO, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
