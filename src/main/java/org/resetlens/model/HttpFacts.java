package org.resetlens.model;

/** Byte-level reads of an HTTP message head for the load pass (no strings): method, status, headers. */
final class HttpFacts {
    static final String[] METHODS = {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "PATCH",
        "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "M-SEARCH", "PROPFIND", "PROPPATCH", "MKCOL", "COPY", "MOVE", "LOCK",
        "UNLOCK", "SEARCH", "REPORT", "RPC_IN_DATA", "RPC_OUT_DATA", "PURGE"};

    private HttpFacts() { }

    /** Index in {@link #METHODS} of the request's method, or -1. */
    static int method(byte[] h, int n) {
        for (int m = 0; m < METHODS.length; m++) {
            String s = METHODS[m];
            int l = s.length();
            if (n <= l || h[l] != ' ') continue;
            boolean ok = true;
            for (int i = 0; i < l && ok; i++) ok = h[i] == s.charAt(i);
            if (ok) return m;
        }
        return -1;
    }

    static boolean isRequestStart(byte[] h, int n) {
        return method(h, n) >= 0;
    }

    /** The status code of a status line ("HTTP/1.1 200 OK"), or -1. */
    static int statusCode(byte[] h, int n) {
        int sp = 5;
        while (sp < n && sp < 16 && h[sp] != ' ') sp++;
        if (sp + 4 > n) return -1;
        int code = 0;
        for (int i = sp + 1; i < sp + 4; i++) {
            if (h[i] < '0' || h[i] > '9') return -1;
            code = code * 10 + (h[i] - '0');
        }
        return code;
    }

    /** Whether the line at {@code i} starts with {@code lowerName} (case-insensitive, includes the colon). */
    static boolean headerIs(byte[] h, int i, String lowerName) {
        for (int k = 0; k < lowerName.length(); k++) {
            int c = h[i + k];
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != lowerName.charAt(k)) return false;
        }
        return true;
    }

    /** A decimal number in {@code [from, to)} after optional spaces, or -1. */
    static long number(byte[] h, int from, int to) {
        int i = from;
        while (i < to && (h[i] == ' ' || h[i] == '\t')) i++;
        long v = 0;
        int digits = 0;
        while (i < to && h[i] >= '0' && h[i] <= '9' && digits < 18) {
            v = v * 10 + (h[i] - '0');
            i++;
            digits++;
        }
        return digits == 0 ? -1 : v;
    }

    static boolean containsChunked(byte[] h, int from, int to) {
        String lower = "chunked";
        for (int i = from; i + lower.length() <= to; i++) {
            if (headerIs(h, i, lower)) return true;
        }
        return false;
    }
}
