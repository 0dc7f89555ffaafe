package org.resetlens.ui.reset;

import java.util.Map;

/** Short human titles for the cause identifiers of rst-causes.md, and their CSS badge classes. */
public final class Causes {
    private Causes() { }

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("refused", "Connection refused"),
            Map.entry("middlebox-injected", "Injected by a middlebox"),
            Map.entry("request-timeout", "Request timed out"),
            Map.entry("retransmission-timeout", "Retransmission timeout"),
            Map.entry("keepalive-timeout", "Keep-alive timeout"),
            Map.entry("app-abort", "Application abort"),
            Map.entry("unread-data-close", "Closed with unread data"),
            Map.entry("data-after-close", "Data after close"),
            Map.entry("half-open", "Half-open connection"),
            Map.entry("after-reset", "Reset after reset"),
            Map.entry("zero-window-abort", "Zero-window abort"),
            Map.entry("resource-exhaustion", "Resource exhaustion"),
            Map.entry("abortive-close", "Abortive close (benign)"),
            Map.entry("no-context", "Not enough context"),
            Map.entry("unknown", "Unknown cause"));

    public static String title(String cause) {
        return TITLES.getOrDefault(cause, cause);
    }

    /** The badge style class: benign causes green, unknown grey, the rest red. */
    public static String badgeClass(String cause, boolean benign) {
        if (benign) return "cause-benign";
        return switch (cause) {
            case "no-context", "unknown" -> "cause-unknown";
            case "middlebox-injected" -> "cause-middlebox";
            default -> "cause-problem";
        };
    }
}
