package org.resetlens.dissect;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * HTTP/1.x over TCP (and SSDP over UDP 1900): request and status lines, the headers SPEC §2 names,
 * bodies sized by Content-Length or chunked encoding, Info like {@code GET /index.html HTTP/1.1 }.
 * Also the framing rule the load pass uses to find where a message ends ({@link #messageEnd}).
 */
final class HttpDissector implements Dissector {
    static final Set<String> METHODS = Set.of("GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE",
            "CONNECT", "PATCH", "NOTIFY", "SUBSCRIBE", "UNSUBSCRIBE", "M-SEARCH", "PROPFIND", "PROPPATCH",
            "MKCOL", "COPY", "MOVE", "LOCK", "UNLOCK", "SEARCH", "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE",
            "RPC_IN_DATA", "RPC_OUT_DATA", "BCOPY", "BDELETE", "BMOVE", "BPROPFIND", "BPROPPATCH", "POLL",
            "ACL", "MKWORKSPACE", "UPDATE", "LABEL", "VERSION-CONTROL", "UNCHECKOUT", "MKREDIRECTREF",
            "UPDATEREDIRECTREF", "ORDERPATCH", "SSTP_DUPLEX_POST", "PURGE");

    private final FieldDef proto, ssdpProto, request, response, notification, method, uri, requestVersion, requestLine, responseVersion,
            code, phrase, responseLine, host, userAgent, server, contentType, contentLength, fileData;
    private final boolean ssdp;

    HttpDissector(FieldRegistry r) {
        this(r, false);
    }

    private HttpDissector(FieldRegistry r, boolean ssdp) {
        this.ssdp = ssdp;
        proto = r.protocol("http", "Hypertext Transfer Protocol");
        ssdpProto = r.protocol("ssdp", "Simple Service Discovery Protocol");
        request = r.register("http.request", "Request", FieldType.BOOLEAN, Base.NONE, 0, "TRUE if HTTP request");
        notification = r.register("http.notification", "Notification", FieldType.BOOLEAN, Base.NONE, 0,
                "TRUE if HTTP notification");
        response = r.register("http.response", "Response", FieldType.BOOLEAN, Base.NONE, 0, "TRUE if HTTP response");
        method = r.register("http.request.method", "Request Method", FieldType.STRING, Base.NONE, 0, "HTTP Request Method");
        uri = r.register("http.request.uri", "Request URI", FieldType.STRING, Base.NONE, 0, "HTTP Request-URI");
        requestVersion = r.register("http.request.version", "Request Version", FieldType.STRING, Base.NONE, 0, "");
        requestLine = r.register("http.request.line", "Request line", FieldType.STRING, Base.NONE, 0, "");
        responseVersion = r.register("http.response.version", "Response Version", FieldType.STRING, Base.NONE, 0, "");
        code = r.register("http.response.code", "Status Code", FieldType.UINT16, Base.DEC, 0, "HTTP Response Status Code");
        phrase = r.register("http.response.phrase", "Response Phrase", FieldType.STRING, Base.NONE, 0, "");
        responseLine = r.register("http.response.line", "Response line", FieldType.STRING, Base.NONE, 0, "");
        host = r.register("http.host", "Host", FieldType.STRING, Base.NONE, 0, "HTTP Host");
        userAgent = r.register("http.user_agent", "User-Agent", FieldType.STRING, Base.NONE, 0, "HTTP User-Agent header");
        server = r.register("http.server", "Server", FieldType.STRING, Base.NONE, 0, "");
        contentType = r.register("http.content_type", "Content-Type", FieldType.STRING, Base.NONE, 0, "");
        contentLength = r.register("http.content_length", "Content length", FieldType.UINT64, Base.DEC, 0, "");
        fileData = r.register("http.file_data", "File Data", FieldType.STRING, Base.NONE, 0, "");
    }

    private HttpDissector(HttpDissector base) {
        ssdp = true;
        // SSDP's tree is its own protocol ("ssdp", not "http") holding http.* fields, as in Wireshark
        proto = base.ssdpProto; ssdpProto = base.ssdpProto; request = base.request; response = base.response; notification = base.notification; method = base.method; uri = base.uri;
        requestVersion = base.requestVersion; requestLine = base.requestLine; responseVersion = base.responseVersion;
        code = base.code; phrase = base.phrase; responseLine = base.responseLine; host = base.host;
        userAgent = base.userAgent; server = base.server; contentType = base.contentType;
        contentLength = base.contentLength; fileData = base.fileData;
    }

    /** The same dissector for SSDP (HTTP over UDP): Protocol column "SSDP". */
    HttpDissector ssdp() {
        return new HttpDissector(this);
    }

    /** 1 for a request line start, 2 for a status line, 0 when {@code [off, cap)} does not start an HTTP message. */
    static int startKind(byte[] b, int off, int cap) {
        if (off + 8 <= cap && b[off] == 'H' && b[off + 1] == 'T' && b[off + 2] == 'T' && b[off + 3] == 'P'
                && b[off + 4] == '/') {
            return 2;
        }
        int i = off;
        int lim = Math.min(cap, off + 20);
        while (i < lim && b[i] != ' ') {
            byte c = b[i];
            if (!(c >= 'A' && c <= 'Z' || c == '-' || c == '_')) return 0;
            i++;
        }
        if (i >= lim || i == off) return 0;
        return METHODS.contains(new String(b, off, i - off, StandardCharsets.ISO_8859_1)) ? 1 : 0;
    }

    /** Index of the end of the line starting at {@code i} (at the CR or LF), or -1 when no LF before cap. */
    static int lineEnd(byte[] b, int i, int cap) {
        for (int j = i; j < cap; j++) {
            if (b[j] == '\n') return j > i && b[j - 1] == '\r' ? j - 1 : j;
        }
        return -1;
    }

    static int nextLine(byte[] b, int lineEnd) {
        return b[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        byte[] b = p.data();
        int kind = startKind(b, off, cap);
        if (kind == 0) return -1;
        boolean first = true;
        int q = off;
        while (q < cap && (kind = startKind(b, q, cap)) != 0) {
            int n = message(p, q, cap, kind, parent, first);
            first = false;
            if (n <= 0) break;
            q += n;
        }
        return end - off;
    }

    private static boolean isNotification(String line, int methodEnd) {
        if (methodEnd <= 0) return false;
        String m = line.substring(0, methodEnd);
        return m.equals("NOTIFY") || m.equals("SUBSCRIBE") || m.equals("UNSUBSCRIBE");
    }

    /** Dissects one message at {@code q}; returns its length when complete, else 0. */
    private int message(Packet p, int q, int cap, int kind, TreeNode parent, boolean first) {
        byte[] b = p.data();
        TreeNode node = p.protocol(parent, proto, q, cap - q,
                ssdp ? "Simple Service Discovery Protocol" : "Hypertext Transfer Protocol");
        p.setProtocol(ssdp ? "SSDP" : "HTTP");
        int le = lineEnd(b, q, cap);
        int lineStop = le < 0 ? cap : le;
        String line = new String(b, q, lineStop - q, StandardCharsets.ISO_8859_1);
        String info = line + " ";
        if (kind == 1) {
            int sp1 = line.indexOf(' ');
            // GENA's NOTIFY, SUBSCRIBE and UNSUBSCRIBE are notifications to Wireshark, not requests
            p.hidden(isNotification(line, sp1) ? notification : request, 1L, q, 0);
            int sp2 = line.lastIndexOf(' ');
            TreeNode ln = p.text(node, line + "\\r\\n", q, lineStop - q + 2);
            p.add(ln, method, line.substring(0, sp1), q, sp1, null);
            if (sp2 > sp1) {
                p.add(ln, uri, line.substring(sp1 + 1, sp2), q + sp1 + 1, sp2 - sp1 - 1, null);
                p.add(ln, requestVersion, line.substring(sp2 + 1), q + sp2 + 1, line.length() - sp2 - 1, null);
            } else {
                p.add(ln, uri, line.substring(sp1 + 1), q + sp1 + 1, line.length() - sp1 - 1, null);
            }
        } else {
            p.hidden(response, 1L, q, 0);
            TreeNode ln = p.text(node, line + "\\r\\n", q, lineStop - q + 2);
            int sp1 = line.indexOf(' ');
            String version = sp1 < 0 ? line : line.substring(0, sp1);
            p.add(ln, responseVersion, version, q, version.length(), null);
            if (sp1 > 0 && line.length() >= sp1 + 4) {
                String digits = line.substring(sp1 + 1, sp1 + 4);
                if (digits.chars().allMatch(Character::isDigit)) {
                    p.add(ln, code, (long) Integer.parseInt(digits), q + sp1 + 1, 3);
                    if (line.length() > sp1 + 5) {
                        p.add(ln, phrase, line.substring(sp1 + 5), q + sp1 + 5, line.length() - sp1 - 5, null);
                    }
                }
            }
        }
        long length = -1;
        boolean chunked = false;
        String type = null;
        int i = le < 0 ? cap : nextLine(b, le);
        boolean complete = false;
        while (i < cap) {
            int e = lineEnd(b, i, cap);
            if (e < 0) break;
            if (e == i) {
                i = nextLine(b, e);
                complete = true;
                break;
            }
            String h = new String(b, i, e - i, StandardCharsets.ISO_8859_1);
            p.add(node, kind == 1 ? requestLine : responseLine, h + "\r\n", i, e - i + 2, p.labels() ? h + "\\r\\n" : null);
            int colon = h.indexOf(':');
            if (colon > 0) {
                String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = h.substring(colon + 1).trim();
                int vo = i + colon + 1;
                while (vo < e && b[vo] == ' ') vo++;
                switch (name) {
                    case "host" -> p.add(node, host, value, vo, e - vo, null);
                    case "user-agent" -> p.add(node, userAgent, value, vo, e - vo, null);
                    case "server" -> p.add(node, server, value, vo, e - vo, null);
                    case "content-type" -> {
                        p.add(node, contentType, value, vo, e - vo, null);
                        type = value;
                    }
                    case "content-length" -> {
                        try {
                            length = Long.parseLong(value);
                            p.add(node, contentLength, length, vo, e - vo);
                        } catch (NumberFormatException ex) {
                            length = -1;
                        }
                    }
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    default -> { }
                }
            }
            i = nextLine(b, e);
        }
        int total = 0;
        if (complete) {
            int bodyStart = i;
            int bodyLen;
            if (chunked) {
                int bodyEnd = chunkedEnd(b, bodyStart, cap);
                bodyLen = bodyEnd < 0 ? cap - bodyStart : bodyEnd - bodyStart;
                total = bodyEnd < 0 ? 0 : bodyEnd - q;
            } else if (length >= 0) {
                bodyLen = (int) Math.min(length, cap - bodyStart);
                total = bodyStart + length <= cap ? (int) (bodyStart - q + length) : 0;
            } else if (kind == 1) {
                bodyLen = 0;
                total = bodyStart - q;
            } else {
                bodyLen = cap - bodyStart;
                total = cap - q;
            }
            if (bodyLen > 0 && type != null) {
                String media = mediaType(type);
                if (media.contains("xml")) {
                    p.setProtocol("HTTP/XML");
                } else {
                    info += " (" + media + ")";
                }
                p.add(node, fileData, new String(b, bodyStart, Math.min(bodyLen, 64), StandardCharsets.ISO_8859_1),
                        bodyStart, bodyLen, p.labels() ? "File Data: " + bodyLen + " bytes" : null);
            }
        }
        if (first) p.setInfo(info);
        else p.appendInfo(info);
        return total;
    }

    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The end of a chunked body starting at {@code i} (after the last chunk's trailer), or -1 when not all present. */
    static int chunkedEnd(byte[] b, int i, int cap) {
        while (i < cap) {
            int e = lineEnd(b, i, cap);
            if (e < 0) return -1;
            long size = 0;
            int j = i;
            while (j < e) {
                int d = Character.digit(b[j], 16);
                if (d < 0) break;
                size = size * 16 + d;
                if (size > Integer.MAX_VALUE) return -1;
                j++;
            }
            i = nextLine(b, e);
            if (size == 0) {
                while (i < cap) {
                    int t = lineEnd(b, i, cap);
                    if (t < 0) return -1;
                    int n = nextLine(b, t);
                    if (t == i) return n;
                    i = n;
                }
                return -1;
            }
            i += (int) size;
            if (i >= cap) return -1;
            int t = lineEnd(b, i, cap);
            if (t < 0) return -1;
            i = nextLine(b, t);
        }
        return -1;
    }
}
