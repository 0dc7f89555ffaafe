package org.resetlens.dissect;

/**
 * IPX (Novell raw 802.3 or over LLC) and what Windows carried over it: SMB on the NWLink sockets
 * 0x0550/0x0552 (Wireshark lists no "smb" layer in frame.protocols for these), SMB mailslot
 * datagrams behind the Name Management header on 0x0553 (name claims and queries on 0x0551), and
 * NetBIOS over IPX directed datagrams on
 * 0x0455. Other sockets and packet kinds show as data.
 */
final class IpxDissector implements Dissector {
    private static final int HEADER = 30;
    private static final int SOCKET_NETBIOS = 0x0455, SOCKET_SMB_SERVER = 0x0550, SOCKET_SMB_REDIRECTOR = 0x0552,
            SOCKET_SMB_NAME_QUERY = 0x0551, SOCKET_SMB_MAILSLOT = 0x0553;
    private final FieldDef proto, checksum, len, hops, packetType, dstNode, dstSocket, srcNode, srcSocket, node, socket,
            nbipx, nmpi;
    private final Dissector smb;

    IpxDissector(FieldRegistry r, Dissector smb) {
        this.smb = smb;
        proto = r.protocol("ipx", "Internetwork Packet eXchange");
        checksum = r.register("ipx.checksum", "Checksum", FieldType.UINT16, Base.HEX, 0, "");
        len = r.register("ipx.len", "Length", FieldType.UINT16, Base.DEC, 0, "");
        hops = r.register("ipx.hops", "Transport Control (Hops)", FieldType.UINT8, Base.DEC, 0, "");
        packetType = r.register("ipx.packet_type", "Packet Type", FieldType.UINT8, Base.HEX, 0, "");
        dstNode = r.register("ipx.dst.node", "Destination Node", FieldType.ETHER, Base.NONE, 0, "");
        dstSocket = r.register("ipx.dst.socket", "Destination Socket", FieldType.UINT16, Base.HEX, 0, "");
        srcNode = r.register("ipx.src.node", "Source Node", FieldType.ETHER, Base.NONE, 0, "");
        srcSocket = r.register("ipx.src.socket", "Source Socket", FieldType.UINT16, Base.HEX, 0, "");
        node = r.register("ipx.node", "Source or Destination Node", FieldType.ETHER, Base.NONE, 0, "");
        socket = r.register("ipx.socket", "Source or Destination Socket", FieldType.UINT16, Base.HEX, 0, "");
        nbipx = r.protocol("nbipx", "NetBIOS over IPX");
        nmpi = r.protocol("nmpi", "Name Management Protocol over IPX");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (off + HEADER > cap) return -1;
        int length = p.u16(off + 2);
        int type = p.u8(off + 5);
        int dSock = p.u16(off + 16), sSock = p.u16(off + 28);
        TreeNode n = p.protocol(parent, proto, off, HEADER, "Internetwork Packet eXchange");
        p.add(n, checksum, (long) p.u16(off), off, 2);
        p.add(n, len, (long) length, off + 2, 2);
        p.add(n, hops, (long) (p.u8(off + 4) & 0x0f), off + 4, 1);
        p.add(n, packetType, (long) type, off + 5, 1);
        byte[] dn = p.bytes(off + 10, 6), sn = p.bytes(off + 22, 6);
        p.add(n, dstNode, dn, off + 10, 6, null);
        p.hidden(node, dn, off + 10, 6);
        p.add(n, dstSocket, (long) dSock, off + 16, 2);
        p.hidden(socket, (long) dSock, off + 16, 2);
        p.add(n, srcNode, sn, off + 22, 6, null);
        p.hidden(node, sn, off + 22, 6);
        p.add(n, srcSocket, (long) sSock, off + 28, 2);
        p.hidden(socket, (long) sSock, off + 28, 2);
        p.setProtocol("IPX");
        int end2 = Math.min(end, off + Math.max(HEADER, length));
        int q = off + HEADER;
        // as Wireshark: the lower socket's dissector first, then the higher one's
        boolean done = bySocket(p, Math.min(dSock, sSock), type, q, cap, end2, parent)
                || bySocket(p, Math.max(dSock, sSock), type, q, cap, end2, parent);
        if (!done && q < cap) p.dissectors().data.dissect(p, q, end2, null);
        return end - off;
    }

    /** Dissects the IPX payload as what {@code socketNumber} carries; false when it is not that. */
    private boolean bySocket(Packet p, int socketNumber, int type, int q, int cap, int end, TreeNode parent) {
        switch (socketNumber) {
            case SOCKET_SMB_SERVER, SOCKET_SMB_REDIRECTOR -> {
                if (!Smb1Dissector.startsAt(p, q, cap)) return false;
                int mark = p.protocolsMark();
                smb.dissect(p, q, end, parent);
                p.protocolsReset(mark);
                return true;
            }
            case SOCKET_SMB_MAILSLOT, SOCKET_SMB_NAME_QUERY -> {
                // 32 bytes of network numbers, opcode, name type, message id, two 16-byte names
                int h = q + 32;
                if (h + 36 > cap) return false;
                unlisted(p, parent, nmpi, q, 68, "Name Management Protocol over IPX");
                p.setProtocol("NMPI");
                if (p.u8(h) == 0xfc && Smb1Dissector.startsAt(p, h + 36, cap)) smb.dissect(p, h + 36, end, parent);
                return true;
            }
            case SOCKET_NETBIOS -> {
                if (q + 2 > cap) return false;
                unlisted(p, parent, nbipx, q, cap - q, "NetBIOS over IPX");
                p.setProtocol("NBIPX");
                // a NetBIOS broadcast (IPX type 0x14) starts with the 8 networks it crossed; name claims
                // and queries carry no payload; a directed datagram carries SMB after the two names
                if (type != 0x14) {
                    int kind = p.u8(q + 1);
                    if (kind == 0x0b && Smb1Dissector.startsAt(p, q + 34, cap)) smb.dissect(p, q + 34, end, parent);
                    else if (kind == 0x06 && q + 16 < cap) p.dissectors().data.dissect(p, q + 16, end, null);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** A protocol node Wireshark shows in the tree but does not list in {@code frame.protocols}. */
    private static void unlisted(Packet p, TreeNode parent, FieldDef proto, int off, int len, String label) {
        int mark = p.protocolsMark();
        p.protocol(parent, proto, off, len, label);
        p.protocolsReset(mark);
    }
}
