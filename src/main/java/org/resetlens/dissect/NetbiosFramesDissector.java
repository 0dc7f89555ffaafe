package org.resetlens.dissect;

/**
 * NetBIOS Frames (NetBEUI) over LLC: the header (length, 0xEFFF delimiter, command, correlators, and
 * for the 44-byte form the two NetBIOS names); datagrams and session data that begin an SMB message
 * hand it to SMB, as Wireshark's "netbios" dissector does.
 */
final class NetbiosFramesDissector implements Dissector {
    private static final int DATAGRAM = 0x08, DATAGRAM_BROADCAST = 0x09, DATA_FIRST_MIDDLE = 0x15,
            DATA_ONLY_LAST = 0x16;
    private final FieldDef proto, hdrLen, delimiter, command, xmitCorrl, respCorrl;
    private final Dissector smb;

    NetbiosFramesDissector(FieldRegistry r, Dissector smb) {
        this.smb = smb;
        proto = r.protocol("netbios", "NetBIOS");
        hdrLen = r.register("netbios.hdr_len", "Header Length", FieldType.UINT16, Base.DEC, 0, "");
        delimiter = r.register("netbios.delimiter", "Delimiter", FieldType.UINT16, Base.HEX, 0, "");
        command = r.register("netbios.command", "Command", FieldType.UINT8, Base.HEX, 0, "");
        xmitCorrl = r.register("netbios.xmit_corrl", "Transmit Correlator", FieldType.UINT16, Base.HEX, 0, "");
        respCorrl = r.register("netbios.resp_corrl", "Response Correlator", FieldType.UINT16, Base.HEX, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (off + 14 > cap || p.u16le(off + 2) != 0xefff) return -1;
        int len = p.u16le(off);
        int cmd = p.u8(off + 4);
        int header = len == 44 && off + 44 <= cap ? 44 : 14;
        TreeNode node = p.protocol(parent, proto, off, header, "NetBIOS");
        p.add(node, hdrLen, (long) len, off, 2);
        p.add(node, delimiter, (long) 0xefff, off + 2, 2);
        p.add(node, command, (long) cmd, off + 4, 1);
        p.add(node, xmitCorrl, (long) p.u16le(off + 8), off + 8, 2);
        p.add(node, respCorrl, (long) p.u16le(off + 10), off + 10, 2);
        p.setProtocol("NetBIOS");
        int q = off + header;
        boolean carries = cmd == DATAGRAM || cmd == DATAGRAM_BROADCAST || cmd == DATA_FIRST_MIDDLE
                || cmd == DATA_ONLY_LAST;
        if (carries && Smb1Dissector.startsAt(p, q, cap)) {
            smb.dissect(p, q, end, parent);
        } else if (q < cap && carries) {
            p.dissectors().data.dissect(p, q, end, null);
        }
        return end - off;
    }
}
