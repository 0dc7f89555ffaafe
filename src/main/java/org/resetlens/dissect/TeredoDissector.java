package org.resetlens.dissect;

/** Teredo (UDP port 3544): optional authentication/origin headers, then an IPv6 packet. */
final class TeredoDissector implements Dissector {
    private final FieldDef proto, originPort, originAddr;

    TeredoDissector(FieldRegistry r) {
        proto = r.protocol("teredo", "Teredo IPv6 over UDP tunneling");
        originPort = r.register("teredo.orig.port", "Origin UDP port", FieldType.UINT16, Base.DEC, 0, "");
        originAddr = r.register("teredo.orig.addr", "Origin IPv4 address", FieldType.IPV4, Base.NONE, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int q = off;
        if (p.has(q, 4) && p.u16(q) == 0x0001) {
            int idLen = p.u8(q + 2), authLen = p.u8(q + 3);
            q += 4 + idLen + authLen + 9;
        }
        boolean origin = p.has(q, 8) && p.u16(q) == 0x0000;
        int originOff = q;
        if (origin) q += 8;
        if (!p.has(q, 40) || (p.u8(q) >> 4) != 6) return -1;
        TreeNode node = p.protocol(parent, proto, off, q - off, "Teredo IPv6 over UDP tunneling");
        if (origin) {
            p.add(node, originPort, (long) (p.u16(originOff + 2) ^ 0xffff), originOff + 2, 2);
            p.add(node, originAddr, p.u32(originOff + 4) ^ 0xffffffffL, originOff + 4, 4, null);
        }
        int n = p.dissectors().etherTypes.dispatch(0x86dd, p, q, end, parent);
        return n < 0 ? -1 : end - off;
    }
}
