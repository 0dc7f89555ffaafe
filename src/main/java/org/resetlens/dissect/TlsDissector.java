package org.resetlens.dissect;

import java.nio.charset.StandardCharsets;

/**
 * TLS and SSLv3 records (TCP 443 and the other TLS ports, or any TCP payload that starts like a
 * record): content types, handshake message types, the Client Hello's server name, alerts; Info
 * like "Client Hello" or "Change Cipher Spec, Encrypted Handshake Message".
 */
final class TlsDissector implements Dissector {
    private final FieldDef proto, record, contentType, version, length, handshake, handshakeType, handshakeLength,
            sni, alert, alertLevel, alertDesc, appData;

    TlsDissector(FieldRegistry r) {
        proto = r.protocol("tls", "Transport Layer Security");
        record = r.register("tls.record", "Record Layer", FieldType.NONE, Base.NONE, 0, "");
        contentType = r.register("tls.record.content_type", "Content Type", FieldType.UINT8, Base.DEC, 0, "");
        version = r.register("tls.record.version", "Version", FieldType.UINT16, Base.HEX, 0, "");
        length = r.register("tls.record.length", "Length", FieldType.UINT16, Base.DEC, 0, "");
        handshake = r.register("tls.handshake", "Handshake Protocol", FieldType.NONE, Base.NONE, 0, "");
        handshakeType = r.register("tls.handshake.type", "Handshake Type", FieldType.UINT8, Base.DEC, 0, "");
        handshakeLength = r.register("tls.handshake.length", "Length", FieldType.UINT24, Base.DEC, 0, "");
        sni = r.register("tls.handshake.extensions_server_name", "Server Name", FieldType.STRING, Base.NONE, 0, "");
        alert = r.register("tls.alert_message", "Alert Message", FieldType.NONE, Base.NONE, 0, "");
        alertLevel = r.register("tls.alert_message.level", "Level", FieldType.UINT8, Base.DEC, 0, "");
        alertDesc = r.register("tls.alert_message.desc", "Description", FieldType.UINT8, Base.DEC, 0,
                "Alert message description");
        appData = r.register("tls.app_data", "Encrypted Application Data", FieldType.BYTES, Base.NONE, 0, "");
    }

    static String versionName(int v) {
        return switch (v) {
            case 0x0300 -> "SSLv3";
            case 0x0301 -> "TLSv1";
            case 0x0302 -> "TLSv1.1";
            case 0x0303 -> "TLSv1.2";
            case 0x0304 -> "TLSv1.3";
            default -> "TLS";
        };
    }

    static String handshakeName(int t) {
        return switch (t) {
            case 0 -> "Hello Request";
            case 1 -> "Client Hello";
            case 2 -> "Server Hello";
            case 4 -> "New Session Ticket";
            case 8 -> "Encrypted Extensions";
            case 11 -> "Certificate";
            case 12 -> "Server Key Exchange";
            case 13 -> "Certificate Request";
            case 14 -> "Server Hello Done";
            case 15 -> "Certificate Verify";
            case 16 -> "Client Key Exchange";
            case 20 -> "Finished";
            case 22 -> "Certificate Status";
            default -> null;
        };
    }

    static String alertName(int d) {
        return switch (d) {
            case 0 -> "Close Notify";
            case 10 -> "Unexpected Message";
            case 20 -> "Bad Record MAC";
            case 40 -> "Handshake Failure";
            case 42 -> "Bad Certificate";
            case 46 -> "Certificate Unknown";
            case 48 -> "Unknown CA";
            case 50 -> "Decode Error";
            case 51 -> "Decrypt Error";
            case 70 -> "Protocol Version";
            case 80 -> "Internal Error";
            case 90 -> "User Canceled";
            case 112 -> "Unrecognized Name";
            default -> "Unknown (" + d + ")";
        };
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (p.has(off, 5) && (p.u8(off) & 0x80) != 0 && p.u8(off + 2) == 1 && p.u8(off + 3) == 3) {
            return sslv2ClientHello(p, off, end, parent);
        }
        if (!p.has(off, 5) || !AppPorts.looksLikeTls(p.u8(off), p.u8(off + 1), p.u8(off + 2))) return -1;
        StringBuilder info = new StringBuilder(48);
        int q = off;
        int maxVersion = 0;
        TreeNode node = null;
        while (q + 5 <= cap && AppPorts.looksLikeTls(p.u8(q), p.u8(q + 1), p.u8(q + 2))) {
            int ct = p.u8(q);
            int v = p.u16(q + 1);
            int len = p.u16(q + 3);
            maxVersion = Math.max(maxVersion, v);
            if (node == null) node = p.protocol(parent, proto, off, cap - off, "Transport Layer Security");
            int body = q + 5;
            int bodyEnd = Math.min(body + len, cap);
            TreeNode rn = p.add(node, record, null, q, Math.min(5 + len, cap - q), versionName(v) + " Record Layer");
            p.add(rn, contentType, (long) ct, q, 1);
            p.add(rn, version, (long) v, q + 1, 2);
            p.add(rn, length, (long) len, q + 3, 2);
            if (info.length() > 0) info.append(", ");
            switch (ct) {
                case 20 -> info.append("Change Cipher Spec");
                case 21 -> {
                    if (len == 2 && body + 2 <= cap) {
                        TreeNode an = p.add(rn, alert, null, body, 2, "Alert Message");
                        p.add(an, alertLevel, (long) p.u8(body), body, 1);
                        p.add(an, alertDesc, (long) p.u8(body + 1), body + 1, 1);
                        info.append("Alert (Level: ").append(p.u8(body) == 2 ? "Fatal" : "Warning")
                                .append(", Description: ").append(alertName(p.u8(body + 1))).append(')');
                    } else {
                        info.append("Encrypted Alert");
                    }
                }
                case 22 -> handshake(p, rn, body, body + len, bodyEnd, info);
                case 23 -> {
                    info.append("Application Data");
                    if (bodyEnd > body) p.add(rn, appData, p.bytes(body, bodyEnd - body), body, bodyEnd - body, null);
                }
                default -> { }
            }
            q = body + len;
        }
        if (node == null) return -1;
        p.setProtocol(versionName(maxVersion));
        p.setInfo(info.toString());
        return end - off;
    }

    /** An SSLv2-format Client Hello (two-byte length with the high bit set, message type 1). */
    private int sslv2ClientHello(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        TreeNode node = p.protocol(parent, proto, off, cap - off, "Transport Layer Security");
        TreeNode rn = p.add(node, record, null, off, cap - off, "SSLv2 Record Layer: Client Hello");
        p.add(rn, handshakeType, 1L, off + 2, 1);
        p.setProtocol("SSLv2");
        p.setInfo("Client Hello");
        return end - off;
    }

    /** The handshake messages of one record; one that does not tile the record is encrypted. */
    private void handshake(Packet p, TreeNode rn, int body, int recordEnd, int cap, StringBuilder info) {
        int q = body;
        boolean tiles = true;
        boolean cut = false;
        while (q < recordEnd) {
            if (q + 4 > cap) {
                cut = true;
                break;
            }
            if (q + 4 > recordEnd || handshakeName(p.u8(q)) == null || q + 4 + p.u24(q + 1) > recordEnd) {
                tiles = false;
                break;
            }
            q += 4 + p.u24(q + 1);
        }
        if (!tiles || (!cut && q != recordEnd) || body == recordEnd || (cut && q == body)) {
            info.append("Encrypted Handshake Message");
            return;
        }
        q = body;
        boolean firstMsg = true;
        while (q + 4 <= recordEnd && q + 4 <= cap) {
            int t = p.u8(q);
            int len = p.u24(q + 1);
            TreeNode hn = p.add(rn, handshake, null, q, 4 + len, "Handshake Protocol: " + handshakeName(t));
            p.add(hn, handshakeType, (long) t, q, 1);
            p.add(hn, handshakeLength, (long) len, q + 1, 3);
            if (!firstMsg) info.append(", ");
            info.append(handshakeName(t));
            firstMsg = false;
            if (t == 1) clientHello(p, hn, q + 4, Math.min(q + 4 + len, cap));
            q += 4 + len;
        }
    }

    private void clientHello(Packet p, TreeNode hn, int b, int end) {
        int q = b + 2 + 32;
        if (q + 1 > end) return;
        q += 1 + p.u8(q);
        if (q + 2 > end) return;
        q += 2 + p.u16(q);
        if (q + 1 > end) return;
        q += 1 + p.u8(q);
        if (q + 2 > end) return;
        int extEnd = Math.min(end, q + 2 + p.u16(q));
        q += 2;
        while (q + 4 <= extEnd) {
            int type = p.u16(q);
            int len = p.u16(q + 2);
            int e = q + 4;
            if (type == 0 && e + 5 <= extEnd) {
                int nameLen = p.u16(e + 3);
                if (e + 5 + nameLen <= extEnd) {
                    p.add(hn, sni, new String(p.data(), e + 5, nameLen, StandardCharsets.ISO_8859_1), e + 5, nameLen, null);
                }
            }
            q = e + len;
        }
    }
}
