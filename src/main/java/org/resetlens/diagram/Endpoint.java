package org.resetlens.diagram;

/**
 * One participant of a ladder: a host or host:port.
 *
 * @param label what the lane header shows, e.g. {@code 10.64.1.2:46736}
 * @param role  a short word under it ({@code client}, {@code server}) or ""
 */
public record Endpoint(String label, String role) {
    public Endpoint {
        label = label == null ? "" : label;
        role = role == null ? "" : role;
    }
}
