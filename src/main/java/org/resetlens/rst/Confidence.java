package org.resetlens.rst;

import java.util.Locale;

/** How sure the engine is of a cause: {@code high}, {@code medium} or {@code low}. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The weaker of this and {@code other}. */
    public Confidence atMost(Confidence other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public String toString() {
        return id();
    }
}
