package org.resetlens.dissect;

import java.nio.charset.StandardCharsets;

/**
 * FTP control connection (TCP 21): each segment's first line as a request ({@code ftp.request.command},
 * {@code ftp.request.arg}) or a reply ({@code ftp.response.code}), Info "Request: USER anonymous" or
 * "Response: 220 Welcome", and the data-connection ports that PASV/EPSV replies and PORT/EPRT carry.
 */
final class FtpDissector implements Dissector {
    private final FieldDef proto, request, response, command, arg, code, responseArg, passivePort, activePort;

    FtpDissector(FieldRegistry r) {
        proto = r.protocol("ftp", "File Transfer Protocol (FTP)");
        request = r.register("ftp.request", "Request", FieldType.BOOLEAN, Base.NONE, 0, "");
        response = r.register("ftp.response", "Response", FieldType.BOOLEAN, Base.NONE, 0, "");
        command = r.register("ftp.request.command", "Request command", FieldType.STRING, Base.NONE, 0, "");
        arg = r.register("ftp.request.arg", "Request arg", FieldType.STRING, Base.NONE, 0, "");
        code = r.register("ftp.response.code", "Response code", FieldType.UINT32, Base.DEC, 0, "");
        responseArg = r.register("ftp.response.arg", "Response arg", FieldType.STRING, Base.NONE, 0, "");
        passivePort = r.register("ftp.passive.port", "Passive port", FieldType.UINT16, Base.DEC, 0, "");
        activePort = r.register("ftp.active.port", "Active port", FieldType.UINT16, Base.DEC, 0, "");
    }

    /** True when the line at {@code off} is a reply (three digits then space, hyphen or end of line). */
    /** The FTP control port. */
    static final int PORT = 21;

    static boolean isReply(byte[] b, int off, int cap) {
        if (off + 3 > cap) return false;
        for (int i = 0; i < 3; i++) if (b[off + i] < '0' || b[off + i] > '9') return false;
        return off + 3 == cap || b[off + 3] == ' ' || b[off + 3] == '-' || b[off + 3] == '\r' || b[off + 3] == '\n';
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (off >= cap) return -1;
        byte[] b = p.data();
        TreeNode node = p.protocol(parent, proto, off, cap - off, "File Transfer Protocol (FTP)");
        p.setProtocol("FTP");
        // as Wireshark: a segment towards the FTP port is a request, one from it a response (with or
        // without a reply code: continuation lines of a multi-line reply have none); on other ports the
        // line's form decides
        boolean coded = isReply(b, off, cap);
        boolean reply = p.dstPort() == PORT ? false : p.srcPort() == PORT || coded;
        p.hidden(request, reply ? 0L : 1L, off, 0);
        p.hidden(response, reply ? 1L : 0L, off, 0);
        int le = HttpDissector.lineEnd(b, off, cap);
        int stop = le < 0 ? cap : le;
        String line = new String(b, off, stop - off, StandardCharsets.ISO_8859_1);
        TreeNode ln = p.text(node, line + "\\r\\n", off, stop - off);
        if (reply && coded) {
            int c = Integer.parseInt(line.substring(0, 3));
            p.add(ln, code, (long) c, off, 3);
            if (line.length() > 4) p.add(ln, responseArg, line.substring(4), off + 4, line.length() - 4, null);
            int port = AppPorts.ftpDataPort(line);
            if (port >= 0) p.generated(ln, passivePort, (long) port, null);
            p.setInfo("Response: " + line);
        } else if (reply) {
            p.add(ln, responseArg, line, off, line.length(), null);
            p.setInfo("Response: " + line);
        } else {
            int sp = line.indexOf(' ');
            String cmd = sp < 0 ? line : line.substring(0, sp);
            p.add(ln, command, cmd, off, cmd.length(), null);
            if (sp >= 0) p.add(ln, arg, line.substring(sp + 1), off + sp + 1, line.length() - sp - 1, null);
            int port = AppPorts.ftpDataPort(line);
            if (port >= 0) p.generated(ln, activePort, (long) port, null);
            p.setInfo("Request: " + line);
        }
        int i = le < 0 ? cap : HttpDissector.nextLine(b, le);
        while (i < cap) {
            int e = HttpDissector.lineEnd(b, i, cap);
            int s = e < 0 ? cap : e;
            p.text(node, new String(b, i, s - i, StandardCharsets.ISO_8859_1) + "\\r\\n", i, s - i);
            if (e < 0) break;
            i = HttpDissector.nextLine(b, e);
        }
        return end - off;
    }
}
