package org.resetlens.rst;

/** The fixed vocabulary of reset causes (shared/rst-causes.md); {@link #id()} is the stable identifier. */
public enum Cause {
    REFUSED("refused", false),
    MIDDLEBOX_INJECTED("middlebox-injected", false),
    REQUEST_TIMEOUT("request-timeout", false),
    RETRANSMISSION_TIMEOUT("retransmission-timeout", false),
    KEEPALIVE_TIMEOUT("keepalive-timeout", false),
    APP_ABORT("app-abort", false),
    UNREAD_DATA_CLOSE("unread-data-close", false),
    DATA_AFTER_CLOSE("data-after-close", false),
    HALF_OPEN("half-open", false),
    AFTER_RESET("after-reset", false),
    ZERO_WINDOW_ABORT("zero-window-abort", false),
    RESOURCE_EXHAUSTION("resource-exhaustion", false),
    ABORTIVE_CLOSE("abortive-close", true),
    NO_CONTEXT("no-context", false),
    UNKNOWN("unknown", false);

    private final String id;
    private final boolean benign;

    Cause(String id, boolean benign) {
        this.id = id;
        this.benign = benign;
    }

    /** The identifier used in the GUI, the JSON output and the tests, e.g. {@code request-timeout}. */
    public String id() {
        return id;
    }

    /** Whether a reset of this cause is normal behaviour rather than a fault. */
    public boolean benign() {
        return benign;
    }

    /** The cause with this identifier, or null. */
    public static Cause byId(String id) {
        for (Cause c : values()) if (c.id.equals(id)) return c;
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}
