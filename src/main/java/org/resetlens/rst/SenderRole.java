package org.resetlens.rst;

/** Who sent a reset: an endpoint, or a middlebox forging one endpoint's address. */
public enum SenderRole {
    CLIENT("client"), SERVER("server"), MIDDLEBOX_AS_CLIENT("middlebox-as-client"),
    MIDDLEBOX_AS_SERVER("middlebox-as-server");

    private final String id;

    SenderRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The endpoint whose address the reset carries: {@code client} or {@code server}. */
    public String endpoint() {
        return this == CLIENT || this == MIDDLEBOX_AS_CLIENT ? "client" : "server";
    }

    public boolean middlebox() {
        return this == MIDDLEBOX_AS_CLIENT || this == MIDDLEBOX_AS_SERVER;
    }

    @Override
    public String toString() {
        return id;
    }
}
