package org.resetlens.dissect;

/** The data connection of an FTP session (found by the load pass from PASV/PORT): Protocol "FTP-DATA". */
final class FtpDataDissector implements Dissector {
    private final FieldDef proto;

    FtpDataDissector(FieldRegistry r) {
        proto = r.protocol("ftp-data", "FTP Data");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int n = Math.min(end, p.captured()) - off;
        p.protocol(parent, proto, off, Math.max(0, n), "FTP Data (" + (end - off) + " bytes data)");
        p.setProtocol("FTP-DATA");
        p.setInfo("FTP Data: " + (end - off) + " bytes");
        return end - off;
    }
}
