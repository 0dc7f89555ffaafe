package org.resetlens.dissect;

/**
 * IEEE 802.2 LLC under 802.3 length frames: DSAP, SSAP and control (one byte for U frames, two for
 * I and S frames); SAP 0xF0 carries NetBIOS Frames (NetBEUI), SAP 0xE0 IPX, the rest shows as data.
 */
final class LlcDissector implements Dissector {
    private static final int SAP_NETBIOS = 0xf0, SAP_IPX = 0xe0;
    private final FieldDef proto, dsap, ssap, control;
    private Dissector netbios, ipx;

    LlcDissector(FieldRegistry r) {
        proto = r.protocol("llc", "Logical-Link Control");
        dsap = r.register("llc.dsap", "DSAP", FieldType.UINT8, Base.HEX, 0, "DSAP - 7 Most Significant Bits only");
        ssap = r.register("llc.ssap", "SSAP", FieldType.UINT8, Base.HEX, 0, "SSAP - 7 Most Significant Bits only");
        control = r.register("llc.control", "Control", FieldType.UINT16, Base.HEX, 0, "");
    }

    /** The dissectors of the SAPs carried here. */
    LlcDissector carrying(Dissector netbiosFrames, Dissector ipxPackets) {
        this.netbios = netbiosFrames;
        this.ipx = ipxPackets;
        return this;
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (off + 3 > cap) return -1;
        int d = p.u8(off), s = p.u8(off + 1), c = p.u8(off + 2);
        boolean unnumbered = (c & 0x03) == 0x03;
        int len = unnumbered ? 3 : 4;
        if (off + len > cap) return -1;
        int ctl = unnumbered ? c : c | (p.u8(off + 3) << 8);
        TreeNode node = p.protocol(parent, proto, off, len, "Logical-Link Control");
        p.add(node, dsap, (long) d, off, 1);
        p.add(node, ssap, (long) s, off + 1, 1);
        p.add(node, control, (long) ctl, off + 2, len - 2);
        p.setProtocol("LLC");
        int q = off + len;
        int n = -1;
        // only unnumbered (datagram) and information frames carry a payload
        if (d == SAP_NETBIOS && netbios != null && (unnumbered ? c == 0x03 : (c & 1) == 0)) {
            n = netbios.dissect(p, q, end, parent);
        } else if (d == SAP_IPX && ipx != null) {
            n = ipx.dissect(p, q, end, parent);
        }
        if (n < 0 && q < cap) p.dissectors().data.dissect(p, q, end, null);
        return end - off;
    }
}
