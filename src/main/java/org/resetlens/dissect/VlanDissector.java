package org.resetlens.dissect;

/** IEEE 802.1Q / 802.1ad VLAN tags (each tag is one "vlan" protocol, as in Wireshark). */
final class VlanDissector implements Dissector {
    private final FieldDef proto, priority, dei, id, etype, len, trailer;

    VlanDissector(FieldRegistry r) {
        proto = r.protocol("vlan", "802.1Q Virtual LAN");
        priority = r.register("vlan.priority", "Priority", FieldType.UINT16, Base.DEC, 0xe000, "");
        dei = r.register("vlan.dei", "DEI", FieldType.BOOLEAN, Base.NONE, 0x1000, "");
        id = r.register("vlan.id", "ID", FieldType.UINT16, Base.DEC, 0xfff, "VLAN ID");
        etype = r.register("vlan.etype", "Type", FieldType.UINT16, Base.HEX, 0, "");
        len = r.register("vlan.len", "Length", FieldType.UINT16, Base.DEC, 0, "");
        trailer = r.register("vlan.trailer", "Trailer", FieldType.BYTES, Base.NONE, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 4)) return -1;
        int tci = p.u16(off);
        int t = p.u16(off + 2);
        int pri = tci >> 13, d = (tci >> 12) & 1, vid = tci & 0xfff;
        TreeNode node = p.protocol(parent, proto, off, 4,
                "802.1Q Virtual LAN, PRI: " + pri + ", DEI: " + d + ", ID: " + vid);
        p.setProtocol("VLAN");
        p.setInfo("PRI: " + pri + "  DEI: " + d + "  ID: " + vid);
        p.addBits(node, priority, tci, off, 2, 16, null);
        p.addBits(node, dei, tci, off, 2, 16, null);
        p.addBits(node, id, tci, off, 2, 16, null);
        if (t <= 1500) {
            p.add(node, len, (long) t, off + 2, 2);
            return 4 + Math.max(0, p.dissectors().data.dissect(p, off + 4, Math.min(end, off + 4 + t), null));
        }
        p.add(node, etype, (long) t, off + 2, 2, p.labels() ? "Type: " + EtherTypes.name(t) + " ("
                + FieldFormatter.hexNumber(t, 4) + ")" : null);
        p.appendProtocolName("ethertype");
        int n = Math.max(0, p.dissectors().dispatchEtherType(t, p, off + 4, end, null));
        // Bytes after the payload belong to the tag's trailer (Wireshark shows no Ethernet padding here).
        int after = off + 4 + n, capEnd = Math.min(end, p.captured());
        if (after < capEnd) {
            p.add(node, trailer, p.bytes(after, capEnd - after), after, capEnd - after,
                    p.labels() ? "Trailer: " + FieldFormatter.hex(p.data(), after, capEnd - after) : null);
        }
        return end - off;
    }
}
