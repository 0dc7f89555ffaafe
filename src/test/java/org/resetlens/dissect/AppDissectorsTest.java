package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The application dissectors on hand-built Ethernet/IPv4 frames: field values as tshark prints them
 * and the Protocol/Info columns, from facts about the bytes written here (MS-SMB2, RFC 1002, 1035,
 * 959, 7230, 8446).
 */
class AppDissectorsTest {
    private final Dissectors dissectors = Dissectors.standard();

    private static byte[] frame(boolean tcp, int sport, int dport, byte[] payload) {
        int l4 = tcp ? 20 : 8;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {0, 1, 2, 3, 4, 5, 0, 1, 2, 3, 4, 6, 8, 0});
        int total = 20 + l4 + payload.length;
        b.writeBytes(new byte[] {0x45, 0, (byte) (total >> 8), (byte) total, 0, 1, 0x40, 0, 64, (byte) (tcp ? 6 : 17),
            0, 0, 10, 0, 0, 1, 10, 0, 0, 2});
        b.writeBytes(new byte[] {(byte) (sport >> 8), (byte) sport, (byte) (dport >> 8), (byte) dport});
        if (tcp) {
            b.writeBytes(new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 0x50, 0x18, (byte) 0xff, (byte) 0xff, 0, 0, 0, 0});
        } else {
            int ul = 8 + payload.length;
            b.writeBytes(new byte[] {(byte) (ul >> 8), (byte) ul, 0, 0});
        }
        b.writeBytes(payload);
        return b.toByteArray();
    }

    private Dissection dissect(boolean tcp, int sport, int dport, byte[] payload) {
        return dissectors.dissect(frame(tcp, sport, dport, payload), LinkTypes.ETHERNET, FrameAnalysis.NONE);
    }

    private String field(Dissection d, String name) {
        FieldDef def = dissectors.registry().get(name);
        StringBuilder sb = new StringBuilder();
        for (FieldValue v : d.values(def)) {
            if (sb.length() > 0) sb.append(',');
            FieldFormatter.appendFieldText(sb, v, d.bytes());
        }
        return sb.toString();
    }

    /** A 64-byte SMB2 header (little-endian fields) followed by {@code body}. */
    private static byte[] smb2(int command, long status, boolean response, long msgId, int next, byte[] body) {
        byte[] h = new byte[64 + body.length];
        h[0] = (byte) 0xfe;
        h[1] = 'S';
        h[2] = 'M';
        h[3] = 'B';
        h[4] = 64;
        le32(h, 8, status);
        h[12] = (byte) command;
        le32(h, 16, response ? 1 : 0);
        le32(h, 20, next);
        le32(h, 24, msgId);
        le32(h, 36, 0x11);
        le32(h, 40, 0x2233);
        System.arraycopy(body, 0, h, 64, body.length);
        return h;
    }

    private static void le32(byte[] b, int off, long v) {
        for (int i = 0; i < 4; i++) b[off + i] = (byte) (v >>> (8 * i));
    }

    private static byte[] nbss(byte[]... pdus) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : pdus) {
            b.writeBytes(new byte[] {0, (byte) (p.length >> 16), (byte) (p.length >> 8), (byte) p.length});
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    @Test
    void smb2NegotiateRequestListsDialects() {
        byte[] body = new byte[36 + 4];
        body[0] = 36;
        body[2] = 2;
        body[36] = 0x02;
        body[37] = 0x02;
        body[38] = 0x10;
        body[39] = 0x02;
        Dissection d = dissect(true, 50000, 445, nbss(smb2(0, 0, false, 0, 0, body)));
        assertEquals("SMB2", d.protocolColumn());
        assertEquals("Negotiate Protocol Request", d.infoColumn());
        assertEquals("0x00", field(d, "nbss.type"));
        assertEquals("0", field(d, "smb2.cmd"));
        assertEquals("0", field(d, "smb2.flags.response"));
        assertEquals("", field(d, "smb2.nt_status"));
        assertEquals("0x0202,0x0210", field(d, "smb2.dialect"));
        assertEquals("0x0000000000002233", field(d, "smb2.sesid"));
        assertEquals("0x00000011", field(d, "smb2.tid"));
    }

    @Test
    void smb2ErrorResponseNamesTheStatus() {
        byte[] body = new byte[9];
        body[0] = 9;
        Dissection d = dissect(true, 445, 50000, nbss(smb2(1, 0xc0000016L, true, 1, 0, body)));
        assertEquals("Session Setup Response, Error: STATUS_MORE_PROCESSING_REQUIRED", d.infoColumn());
        assertEquals("0xc0000016", field(d, "smb2.nt_status"));
        assertEquals("1", field(d, "smb2.flags.response"));
        assertEquals("1", field(d, "smb2.msg_id"));
    }

    @Test
    void smb2CompoundCreateAndTwoNbssMessagesInOneSegment() {
        byte[] name = "foo".getBytes(StandardCharsets.UTF_16LE);
        byte[] create = new byte[56 + name.length];
        create[0] = 57;
        create[44] = (byte) (64 + 56);
        create[46] = (byte) name.length;
        System.arraycopy(name, 0, create, 56, name.length);
        byte[] first = smb2(5, 0, false, 7, 64 + create.length, create);
        byte[] close = smb2(6, 0, false, 8, 0, new byte[] {24, 0});
        byte[] compound = new byte[first.length + close.length];
        System.arraycopy(first, 0, compound, 0, first.length);
        System.arraycopy(close, 0, compound, first.length, close.length);
        byte[] echo = smb2(13, 0, false, 9, 0, new byte[] {4, 0, 0, 0});
        Dissection d = dissect(true, 50000, 445, nbss(compound, echo));
        assertEquals("Create Request File: foo;Close Request, KeepAlive Request", d.infoColumn());
        assertEquals("5,6,13", field(d, "smb2.cmd"));
        assertEquals("7,8,9", field(d, "smb2.msg_id"));
        assertEquals("foo", field(d, "smb2.filename"));
        assertEquals("0x00,0x00", field(d, "nbss.type"));
    }

    @Test
    void smb1NegotiateOverPort139() {
        byte[] smb = new byte[35];
        smb[0] = (byte) 0xff;
        smb[1] = 'S';
        smb[2] = 'M';
        smb[3] = 'B';
        smb[4] = 0x72;
        Dissection d = dissect(true, 50000, 139, nbss(smb));
        assertEquals("SMB", d.protocolColumn());
        assertEquals("Negotiate Protocol Request", d.infoColumn());
        assertEquals("0x72", field(d, "smb.cmd"));
        assertEquals("0", field(d, "smb.flags.response"));
    }

    @Test
    void httpRequestAndResponse() {
        byte[] req = ("GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Dissection d = dissect(true, 50000, 80, req);
        assertEquals("HTTP", d.protocolColumn());
        assertEquals("GET /index.html HTTP/1.1 ", d.infoColumn());
        assertEquals("GET", field(d, "http.request.method"));
        assertEquals("/index.html", field(d, "http.request.uri"));
        assertEquals("example.com", field(d, "http.host"));
        assertEquals("curl/8", field(d, "http.user_agent"));
        assertEquals("1", field(d, "http.request"));
        byte[] resp = ("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nnope!")
                .getBytes(StandardCharsets.ISO_8859_1);
        d = dissect(true, 80, 50000, resp);
        assertEquals("HTTP/1.1 404 Not Found  (text/html)", d.infoColumn());
        assertEquals("404", field(d, "http.response.code"));
        assertEquals("5", field(d, "http.content_length"));
        assertEquals("1", field(d, "http.response"));
    }

    @Test
    void ftpCommandAndPassiveReply() {
        Dissection d = dissect(true, 50000, 21, "USER anonymous\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("FTP", d.protocolColumn());
        assertEquals("Request: USER anonymous", d.infoColumn());
        assertEquals("USER", field(d, "ftp.request.command"));
        assertEquals("anonymous", field(d, "ftp.request.arg"));
        d = dissect(true, 21, 50000, "227 Entering Passive Mode (10,0,0,1,19,137).\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("227", field(d, "ftp.response.code"));
        assertEquals("5001", field(d, "ftp.passive.port"));
    }

    @Test
    void ftpContinuationLineFromTheServerIsAResponseWithoutCode() {
        // zeek_ftp_ipv6.pcap frame 12, as tshark 4.0 shows it: ftp.request False, ftp.response True,
        // no code, the whole line as the response argument
        Dissection d = dissect(true, 21, 49185, "    The NetBSD Project FTP Server\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Response:     The NetBSD Project FTP Server", d.infoColumn());
        assertEquals("0", field(d, "ftp.request"));
        assertEquals("1", field(d, "ftp.response"));
        assertEquals("", field(d, "ftp.request.command"));
        assertEquals("", field(d, "ftp.response.code"));
        assertEquals("    The NetBSD Project FTP Server", field(d, "ftp.response.arg"));
        // and a request keeps ftp.response False
        d = dissect(true, 49185, 21, "SYST\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("1", field(d, "ftp.request"));
        assertEquals("0", field(d, "ftp.response"));
    }

    @Test
    void dnsQueryAndAnswerOverUdp() {
        byte[] q = {0x1a, 0x2b, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm',
            0, 0, 1, 0, 1};
        Dissection d = dissect(false, 50000, 53, q);
        assertEquals("DNS", d.protocolColumn());
        assertEquals("Standard query 0x1a2b A example.com", d.infoColumn());
        assertEquals("0x1a2b", field(d, "dns.id"));
        assertEquals("example.com", field(d, "dns.qry.name"));
        assertEquals("0", field(d, "dns.flags.response"));
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(q);
        r.writeBytes(new byte[] {(byte) 0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 93, (byte) 184, (byte) 216, 34});
        byte[] resp = r.toByteArray();
        resp[2] = (byte) 0x81;
        resp[3] = (byte) 0x80;
        resp[7] = 1;
        d = dissect(false, 53, 50000, resp);
        assertEquals("Standard query response 0x1a2b A example.com A 93.184.216.34", d.infoColumn());
        assertEquals("93.184.216.34", field(d, "dns.a"));
        assertEquals("1", field(d, "dns.flags.response"));
        assertEquals("0", field(d, "dns.flags.rcode"));
    }

    @Test
    void tlsClientHelloServerName() {
        byte[] host = "example.org".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream ext = new ByteArrayOutputStream();
        int listLen = 3 + host.length;
        ext.writeBytes(new byte[] {0, 0, 0, (byte) (listLen + 2), 0, (byte) listLen, 0, 0, (byte) host.length});
        ext.writeBytes(host);
        byte[] e = ext.toByteArray();
        ByteArrayOutputStream hello = new ByteArrayOutputStream();
        hello.writeBytes(new byte[] {3, 3});
        hello.writeBytes(new byte[32]);
        hello.writeBytes(new byte[] {0, 0, 2, 0x13, 0x01, 1, 0, 0, (byte) e.length});
        hello.writeBytes(e);
        byte[] h = hello.toByteArray();
        ByteArrayOutputStream rec = new ByteArrayOutputStream();
        int hsLen = 4 + h.length;
        rec.writeBytes(new byte[] {22, 3, 1, (byte) (hsLen >> 8), (byte) hsLen, 1, 0, (byte) (h.length >> 8), (byte) h.length});
        rec.writeBytes(h);
        Dissection d = dissect(true, 50000, 443, rec.toByteArray());
        assertEquals("TLSv1", d.protocolColumn());
        assertEquals("Client Hello", d.infoColumn());
        assertEquals("22", field(d, "tls.record.content_type"));
        assertEquals("1", field(d, "tls.handshake.type"));
        assertEquals("example.org", field(d, "tls.handshake.extensions_server_name"));
    }

    @Test
    void tlsAlertAndHeuristicOnAnUnregisteredPort() {
        Dissection d = dissect(true, 50000, 40000, new byte[] {21, 3, 3, 0, 2, 2, 40});
        assertEquals("TLSv1.2", d.protocolColumn());
        assertEquals("Alert (Level: Fatal, Description: Handshake Failure)", d.infoColumn());
        assertEquals("40", field(d, "tls.alert_message.desc"));
    }
}
