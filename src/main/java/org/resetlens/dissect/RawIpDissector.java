package org.resetlens.dissect;

/** Raw IP link types (no link header): IPv4 or IPv6 by the version nibble. */
final class RawIpDissector implements Dissector {
    private final FieldDef proto;

    RawIpDissector(FieldRegistry r) {
        proto = r.protocol("raw", "Raw packet data");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        p.protocol(parent, proto, off, 0, "Raw packet data");
        p.setProtocol("Raw");
        p.setInfo("Raw packet data");
        int version = p.has(off, 1) ? p.u8(off) >> 4 : 0;
        int n = -1;
        if (version == 4) n = p.dissectors().etherTypes.dispatch(0x0800, p, off, end, null);
        else if (version == 6) n = p.dissectors().etherTypes.dispatch(0x86dd, p, off, end, null);
        if (n < 0) n = p.dissectors().data.dissect(p, off, end, null);
        return n;
    }
}
