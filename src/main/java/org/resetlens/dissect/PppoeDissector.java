package org.resetlens.dissect;

/** PPPoE session stage (ethertype 0x8864) and the PPP header inside it, carrying IPv4 or IPv6. */
final class PppoeDissector implements Dissector {
    private final FieldDef session, version, type, code, sessionId, payloadLength, ppp, pppProtocol;

    PppoeDissector(FieldRegistry r) {
        session = r.protocol("pppoes", "PPP-over-Ethernet Session");
        version = r.register("pppoe.version", "Version", FieldType.UINT8, Base.DEC, 0xf0, "");
        type = r.register("pppoe.type", "Type", FieldType.UINT8, Base.DEC, 0x0f, "");
        code = r.register("pppoe.code", "Code", FieldType.UINT8, Base.HEX, 0, "");
        sessionId = r.register("pppoe.session_id", "Session ID", FieldType.UINT16, Base.HEX, 0, "");
        payloadLength = r.register("pppoe.payload_length", "Payload Length", FieldType.UINT16, Base.DEC, 0, "");
        ppp = r.protocol("ppp", "Point-to-Point Protocol");
        pppProtocol = r.register("ppp.protocol", "Protocol", FieldType.UINT16, Base.HEX, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 8)) return -1;
        TreeNode node = p.protocol(parent, session, off, 6, "PPP-over-Ethernet Session");
        p.setProtocol("PPPoES");
        int vt = p.u8(off);
        p.addBits(node, version, vt, off, 1, 8, null);
        p.addBits(node, type, vt, off, 1, 8, null);
        p.add(node, code, (long) p.u8(off + 1), off + 1, 1);
        p.add(node, sessionId, (long) p.u16(off + 2), off + 2, 2);
        int len = p.u16(off + 4);
        p.add(node, payloadLength, (long) len, off + 4, 2);
        int pppEnd = Math.min(end, off + 6 + len);
        int proto = p.u16(off + 6);
        TreeNode pn = p.protocol(parent, ppp, off + 6, 2, "Point-to-Point Protocol");
        p.setProtocol("PPP");
        p.add(pn, pppProtocol, (long) proto, off + 6, 2, p.labels() ? "Protocol: " + (proto == 0x21 ? "Internet Protocol version 4"
                : proto == 0x57 ? "Internet Protocol version 6" : "Unknown") + " (" + FieldFormatter.hexNumber(proto, 4) + ")" : null);
        int n = -1;
        if (proto == 0x0021) n = p.dissectors().etherTypes.dispatch(0x0800, p, off + 8, pppEnd, null);
        else if (proto == 0x0057) n = p.dissectors().etherTypes.dispatch(0x86dd, p, off + 8, pppEnd, null);
        if (n < 0) p.dissectors().data.dissect(p, off + 8, pppEnd, null);
        return end - off;
    }
}
