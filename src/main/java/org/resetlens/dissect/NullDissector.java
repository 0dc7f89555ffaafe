package org.resetlens.dissect;

/** BSD null/loopback encapsulation: a 4-byte address family (host order for DLT_NULL, network order for LOOP). */
final class NullDissector implements Dissector {
    private final FieldDef proto, family;

    NullDissector(FieldRegistry r) {
        proto = r.protocol("null", "Null/Loopback");
        family = r.register("null.family", "Family", FieldType.UINT32, Base.DEC, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 4)) return -1;
        long fam = p.u32(off);
        if ((fam & 0xffff0000L) != 0) fam = p.u32le(off);
        TreeNode node = p.protocol(parent, proto, off, 4, "Null/Loopback");
        p.setProtocol("NULL");
        String name = fam == 2 ? "IP" : (fam == 24 || fam == 28 || fam == 30) ? "IPv6" : "Unknown";
        p.add(node, family, fam, off, 4, p.labels() ? "Family: " + name + " (" + fam + ")" : null);
        int n;
        if (fam == 2) n = p.dissectors().etherTypes.dispatch(0x0800, p, off + 4, end, null);
        else if (fam == 24 || fam == 28 || fam == 30) n = p.dissectors().etherTypes.dispatch(0x86dd, p, off + 4, end, null);
        else n = p.dissectors().data.dissect(p, off + 4, end, null);
        return 4 + Math.max(0, n);
    }
}
