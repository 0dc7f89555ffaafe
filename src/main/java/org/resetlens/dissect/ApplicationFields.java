package org.resetlens.dissect;

/**
 * The fields of the application protocols SPEC §2 names (DNS, HTTP, FTP, TLS, NBSS, SMB, SMB2),
 * registered now so filters know them before their dissectors exist. When a protocol's dissector is
 * written, its block moves into that dissector's field table.
 */
final class ApplicationFields {
    private ApplicationFields() { }

    static void register(FieldRegistry r) {
        r.protocol("dns", "Domain Name System");
        r.register("dns.id", "Transaction ID", FieldType.UINT16, Base.HEX, 0, "Identification of transaction");
        r.register("dns.flags", "Flags", FieldType.UINT16, Base.HEX, 0, "");
        r.register("dns.flags.response", "Response", FieldType.BOOLEAN, Base.NONE, 0x8000, "Is the message a response?");
        r.register("dns.flags.rcode", "Reply code", FieldType.UINT16, Base.DEC, 0xf, "");
        r.register("dns.count.queries", "Questions", FieldType.UINT16, Base.DEC, 0, "");
        r.register("dns.count.answers", "Answer RRs", FieldType.UINT16, Base.DEC, 0, "");
        r.register("dns.qry.name", "Name", FieldType.STRING, Base.NONE, 0, "Query Name");
        r.register("dns.a", "Address", FieldType.IPV4, Base.NONE, 0, "Response Address");
        r.register("dns.aaaa", "AAAA Address", FieldType.IPV6, Base.NONE, 0, "AAAA Response Address");

        r.protocol("http", "Hypertext Transfer Protocol");
        r.register("http.request", "Request", FieldType.BOOLEAN, Base.NONE, 0, "TRUE if HTTP request");
        r.register("http.response", "Response", FieldType.BOOLEAN, Base.NONE, 0, "TRUE if HTTP response");
        r.register("http.request.method", "Request Method", FieldType.STRING, Base.NONE, 0, "HTTP Request Method");
        r.register("http.request.uri", "Request URI", FieldType.STRING, Base.NONE, 0, "HTTP Request-URI");
        r.register("http.request.version", "Request Version", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.request.line", "Request line", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.response.version", "Response Version", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.response.code", "Status Code", FieldType.UINT16, Base.DEC, 0, "HTTP Response Status Code");
        r.register("http.response.line", "Response line", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.host", "Host", FieldType.STRING, Base.NONE, 0, "HTTP Host");
        r.register("http.user_agent", "User-Agent", FieldType.STRING, Base.NONE, 0, "HTTP User-Agent header");
        r.register("http.server", "Server", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.content_type", "Content-Type", FieldType.STRING, Base.NONE, 0, "");
        r.register("http.content_length", "Content length", FieldType.UINT64, Base.DEC, 0, "");

        r.protocol("ftp", "File Transfer Protocol (FTP)");
        r.register("ftp.request", "Request", FieldType.BOOLEAN, Base.NONE, 0, "");
        r.register("ftp.response", "Response", FieldType.BOOLEAN, Base.NONE, 0, "");
        r.register("ftp.request.command", "Request command", FieldType.STRING, Base.NONE, 0, "");
        r.register("ftp.request.arg", "Request arg", FieldType.STRING, Base.NONE, 0, "");
        r.register("ftp.response.code", "Response code", FieldType.UINT32, Base.DEC, 0, "");
        r.register("ftp.response.arg", "Response arg", FieldType.STRING, Base.NONE, 0, "");
        r.protocol("ftp-data", "FTP Data");

        r.protocol("tls", "Transport Layer Security");
        r.register("tls.record", "Record Layer", FieldType.NONE, Base.NONE, 0, "");
        r.register("tls.record.content_type", "Content Type", FieldType.UINT8, Base.DEC, 0, "");
        r.register("tls.record.version", "Version", FieldType.UINT16, Base.HEX, 0, "");
        r.register("tls.record.length", "Length", FieldType.UINT16, Base.DEC, 0, "");
        r.register("tls.handshake.type", "Handshake Message Type", FieldType.UINT8, Base.DEC, 0, "");
        r.register("tls.handshake.extensions_server_name", "Server Name", FieldType.STRING, Base.NONE, 0, "");
        r.register("tls.alert_message", "Alert Message", FieldType.NONE, Base.NONE, 0, "");
        r.register("tls.alert_message.level", "Level", FieldType.UINT8, Base.DEC, 0, "");
        r.register("tls.alert_message.desc", "Description", FieldType.UINT8, Base.DEC, 0, "Alert message description");

        r.protocol("nbss", "NetBIOS Session Service");
        r.register("nbss.type", "Message Type", FieldType.UINT8, Base.HEX, 0, "NBSS message type");
        r.register("nbss.flags", "Flags", FieldType.UINT8, Base.HEX, 0, "");
        r.register("nbss.length", "Length", FieldType.UINT24, Base.DEC, 0,
                "Length of trailer (payload) following this field in bytes");

        r.protocol("smb", "SMB (Server Message Block Protocol)");
        r.register("smb.cmd", "SMB Command", FieldType.UINT8, Base.HEX, 0, "");
        r.register("smb.nt_status", "NT Status", FieldType.UINT32, Base.HEX, 0, "");
        r.register("smb.flags.response", "Request/Response", FieldType.BOOLEAN, Base.NONE, 0x80,
                "Is this a request or a response?");
        r.register("smb.tid", "Tree ID", FieldType.UINT16, Base.DEC, 0, "");
        r.register("smb.pid", "Process ID", FieldType.UINT16, Base.DEC, 0, "");
        r.register("smb.uid", "User ID", FieldType.UINT16, Base.DEC, 0, "");
        r.register("smb.mid", "Multiplex ID", FieldType.UINT16, Base.DEC, 0, "");

        r.protocol("smb2", "SMB2 (Server Message Block Protocol version 2)");
        r.register("smb2.cmd", "Command", FieldType.UINT16, Base.DEC, 0, "SMB2 Command Opcode");
        r.register("smb2.nt_status", "NT Status", FieldType.UINT32, Base.HEX, 0, "NT Status code");
        r.register("smb2.flags", "Flags", FieldType.UINT32, Base.HEX, 0, "");
        r.register("smb2.flags.response", "Response", FieldType.BOOLEAN, Base.NONE, 0x1,
                "Whether this is an SMB2 Request or Response");
        r.register("smb2.msg_id", "Message ID", FieldType.UINT64, Base.DEC, 0, "");
        r.register("smb2.pid", "Process Id", FieldType.UINT32, Base.HEX, 0, "");
        r.register("smb2.tid", "Tree Id", FieldType.UINT32, Base.HEX, 0, "");
        r.register("smb2.sesid", "Session Id", FieldType.UINT64, Base.HEX, 0, "");
        r.register("smb2.dialect", "Dialect", FieldType.UINT16, Base.HEX, 0, "");
        r.register("smb2.filename", "Filename", FieldType.STRING, Base.NONE, 0, "");
        r.register("smb2.credits.requested", "Credits requested", FieldType.UINT16, Base.DEC, 0, "");
        r.register("smb2.credits.granted", "Credits granted", FieldType.UINT16, Base.DEC, 0, "");
        r.register("smb2.response_to", "Response to", FieldType.FRAMENUM, Base.NONE, 0, "");
        r.register("smb2.response_in", "Response in", FieldType.FRAMENUM, Base.NONE, 0, "");
        r.register("smb2.time", "Time from request", FieldType.RELATIVE_TIME, Base.NONE, 0,
                "Time between Request and Response for SMB2 cmds");
    }
}
