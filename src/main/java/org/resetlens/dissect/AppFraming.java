package org.resetlens.dissect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * For a single TCP segment seen without the load pass: whether its payload starts an application
 * PDU that does not end in it (Wireshark would hold it for reassembly and show the segment as
 * "[TCP segment of a reassembled PDU]").
 */
final class AppFraming {
    private AppFraming() { }

    static boolean startsIncomplete(int sp, int dp, byte[] b, int off, int end) {
        int len = end - off;
        if (len <= 0) return false;
        String protocol = AppPorts.tcp(sp, dp);
        if (protocol == null && !AppPorts.ownedElsewhere(sp, dp)) protocol = AppPorts.heuristic(b, off, len);
        if (protocol == null) return false;
        return switch (protocol) {
            case AppPorts.NBSS -> len >= 4 && NbssDissector.messageLength(b[off] & 0xff, b[off + 1] & 0xff,
                    b[off + 2] & 0xff, b[off + 3] & 0xff, (b[off] == 0 && (b[off + 1] & 0xfe) != 0)) > len;
            case AppPorts.TLS -> len >= 5 && AppPorts.looksLikeTls(b[off] & 0xff, b[off + 1] & 0xff, b[off + 2] & 0xff)
                    && 5 + (((b[off + 3] & 0xff) << 8) | (b[off + 4] & 0xff)) > len;
            case AppPorts.DNS -> len >= 2 && 2 + (((b[off] & 0xff) << 8) | (b[off + 1] & 0xff)) > len;
            case AppPorts.HTTP -> httpIncomplete(b, off, end);
            default -> false;
        };
    }

    private static boolean httpIncomplete(byte[] b, int off, int end) {
        int kind = HttpDissector.startKind(b, off, end);
        if (kind == 0) return false;
        int i = off;
        long length = -1;
        boolean chunked = false;
        int code = -1;
        int first = HttpDissector.lineEnd(b, off, end);
        if (first < 0) return true;
        if (kind == 2) {
            String line = new String(b, off, first - off, StandardCharsets.ISO_8859_1);
            int sp = line.indexOf(' ');
            try {
                code = sp > 0 && line.length() >= sp + 4 ? Integer.parseInt(line.substring(sp + 1, sp + 4)) : -1;
            } catch (NumberFormatException e) {
                code = -1;
            }
        }
        i = HttpDissector.nextLine(b, first);
        while (true) {
            int e = HttpDissector.lineEnd(b, i, end);
            if (e < 0) return true;
            if (e == i) {
                i = HttpDissector.nextLine(b, e);
                break;
            }
            String h = new String(b, i, e - i, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                try {
                    length = Long.parseLong(h.substring(15).trim());
                } catch (NumberFormatException ex) {
                    length = -1;
                }
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            }
            i = HttpDissector.nextLine(b, e);
        }
        if (kind == 2 && ((code >= 100 && code < 200) || code == 204 || code == 304)) return false;
        if (chunked) return HttpDissector.chunkedEnd(b, i, end) < 0;
        if (length >= 0) return i + length > end;
        return kind == 2;
    }
}
