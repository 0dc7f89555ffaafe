package org.resetlens.dissect;

/**
 * NetBIOS Datagram Service (UDP 138): the datagram header and names, then the SMB it carries
 * (browser announcements and mailslots); Protocol column as the SMB layer leaves it.
 */
final class NbdsDissector implements Dissector {
    private final FieldDef proto;
    private final Dissector smb;

    NbdsDissector(FieldDef proto, Dissector smb) {
        this.proto = proto;
        this.smb = smb;
    }

    static FieldDef register(FieldRegistry r) {
        FieldDef proto = r.protocol("nbdgm", "NetBIOS Datagram Service");
        r.register("nbdgm.type", "Message Type", FieldType.UINT8, Base.DEC, 0, "NBDGM message type");
        return proto;
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (!p.has(off, 14)) return -1;
        int type = p.u8(off);
        if (type < 0x10 || type > 0x16) return -1;
        p.protocol(parent, proto, off, cap - off, "NetBIOS Datagram Service");
        p.setProtocol("NBDS");
        p.setInfo(type == 0x12 ? "Broadcast Datagram" : type == 0x11 ? "Direct_group datagram" : "Direct_unique datagram");
        if (type > 0x12) return end - off;
        int q = off + 14;
        for (int i = 0; i < 2; i++) {
            while (q < cap && p.u8(q) != 0) {
                int l = p.u8(q);
                if ((l & 0xc0) != 0) {
                    q++;
                    break;
                }
                q += 1 + l;
            }
            q++;
        }
        if (q + 4 <= cap && p.u8(q) == 0xff && p.u8(q + 1) == 'S') smb.dissect(p, q, end, parent);
        return end - off;
    }
}
