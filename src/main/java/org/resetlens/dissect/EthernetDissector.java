package org.resetlens.dissect;

/** Ethernet II (and 802.3 length frames shown as data), with Wireshark's padding and trailer. */
final class EthernetDissector implements Dissector {
    private static final int MIN_FRAME = 60;
    private final FieldDef proto, dst, src, addr, dstLg, dstIg, srcLg, srcIg, lg, ig, type, len, padding, trailer, fcs,
            fcsStatus;

    EthernetDissector(FieldRegistry r) {
        proto = r.protocol("eth", "Ethernet");
        dst = r.register("eth.dst", "Destination", FieldType.ETHER, Base.NONE, 0, "Destination Hardware Address");
        src = r.register("eth.src", "Source", FieldType.ETHER, Base.NONE, 0, "Source Hardware Address");
        addr = r.register("eth.addr", "Address", FieldType.ETHER, Base.NONE, 0,
                "Source or Destination Hardware Address");
        dstLg = r.register("eth.dst.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, 0x20000, "");
        dstIg = r.register("eth.dst.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, 0x10000, "");
        srcLg = r.register("eth.src.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, 0x20000, "");
        srcIg = r.register("eth.src.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, 0x10000, "");
        lg = r.register("eth.lg", "LG bit", FieldType.BOOLEAN, Base.NONE, 0x20000, "");
        ig = r.register("eth.ig", "IG bit", FieldType.BOOLEAN, Base.NONE, 0x10000, "");
        type = r.register("eth.type", "Type", FieldType.UINT16, Base.HEX, 0, "");
        len = r.register("eth.len", "Length", FieldType.UINT16, Base.DEC, 0, "");
        padding = r.register("eth.padding", "Padding", FieldType.BYTES, Base.NONE, 0, "Ethernet Padding");
        trailer = r.register("eth.trailer", "Trailer", FieldType.BYTES, Base.NONE, 0, "Ethernet Trailer or Checksum");
        fcs = r.register("eth.fcs", "Frame check sequence", FieldType.UINT32, Base.HEX, 0, "");
        fcsStatus = r.register("eth.fcs.status", "FCS Status", FieldType.UINT8, Base.NONE, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 14)) {
            p.setProtocol("Ethernet");
            p.dissection().markMalformed();
            p.protocol(parent, proto, off, p.captured() - off, "Ethernet II [Malformed Packet]");
            return end - off;
        }
        String d = FieldFormatter.mac(p.data(), off), s = FieldFormatter.mac(p.data(), off + 6);
        int t = p.u16(off + 12);
        boolean ieee8023 = t <= 1500;
        TreeNode node = p.protocol(parent, proto, off, 14,
                (ieee8023 ? "IEEE 802.3 Ethernet, Src: " : "Ethernet II, Src: ") + s + ", Dst: " + d);
        address(p, node, dst, dstLg, dstIg, off, d, "Destination: ");
        address(p, node, src, srcLg, srcIg, off + 6, s, "Source: ");
        p.setLinkAddresses(s, d);
        p.setProtocol(ieee8023 ? "LLC" : "Ethernet");
        if (ieee8023) {
            p.add(node, len, (long) t, off + 12, 2);
            int payloadEnd = Math.min(end, off + 14 + t);
            boolean novellRaw = p.has(off + 14, 2) && p.u16(off + 14) == 0xffff;
            int n = novellRaw ? p.dissectors().ipx.dissect(p, off + 14, payloadEnd, null)
                    : p.dissectors().llc.dissect(p, off + 14, payloadEnd, null);
            if (n < 0) p.dissectors().data.dissect(p, off + 14, payloadEnd, null);
            trailing(p, node, payloadEnd, end, trailer, true);
            return end - off;
        }
        p.add(node, type, (long) t, off + 12, 2, p.labels() ? "Type: " + EtherTypes.name(t) + " ("
                + FieldFormatter.hexNumber(t, 4) + ")" : null);
        p.appendProtocolName("ethertype");
        int n = p.dissectors().dispatchEtherType(t, p, off + 14, end, null);
        trailing(p, node, off + 14 + Math.max(0, n), end, trailer, true);
        return end - off;
    }

    private void address(Packet p, TreeNode node, FieldDef which, FieldDef whichLg, FieldDef whichIg, int off,
                         String text, String prefix) {
        byte[] mac = p.bytes(off, 6);
        TreeNode a = p.add(node, which, mac, off, 6, p.labels() ? prefix + text : null);
        p.add(a, addr, mac, off, 6, p.labels() ? "Address: " + text : null);
        long first3 = p.u24(off);
        boolean local = (first3 & 0x20000) != 0, group = (first3 & 0x10000) != 0;
        p.addBits(a, whichLg, first3, off, 3, 24, local ? "Locally administered address (this is NOT the factory default)"
                : "Globally unique address (factory default)");
        p.hidden(lg, local ? 1L : 0L, off, 3);
        p.addBits(a, whichIg, first3, off, 3, 24, group ? "Group address (multicast/broadcast)"
                : "Individual address (unicast)");
        p.hidden(ig, group ? 1L : 0L, off, 3);
    }

    /**
     * Bytes after the payload of a frame that starts at offset 0: padding up to the 60-byte minimum
     * when those bytes are all zero (a frame shorter than that was not padded), then, in a frame of
     * 64 bytes or more, a 4-byte frame check sequence at the end ({@code withFcs}), the rest a trailer
     * ({@code trailerField}: eth.trailer, or sll.trailer under Linux cooked capture).
     */
    void trailing(Packet p, TreeNode node, int payloadEnd, int end, FieldDef trailerField, boolean withFcs) {
        int capEnd = Math.min(end, p.captured());
        if (payloadEnd >= capEnd) return;
        int padEnd = end < MIN_FRAME ? payloadEnd : Math.min(capEnd, Math.max(payloadEnd, MIN_FRAME));
        for (int i = payloadEnd; i < padEnd; i++) {
            if (p.u8(i) != 0) {
                padEnd = payloadEnd;
                break;
            }
        }
        if (padEnd > payloadEnd) {
            p.add(node, padding, p.bytes(payloadEnd, padEnd - payloadEnd), payloadEnd, padEnd - payloadEnd,
                    p.labels() ? "Padding: " + FieldFormatter.hex(p.data(), payloadEnd, padEnd - payloadEnd) : null);
        }
        int fcsStart = withFcs && end >= MIN_FRAME + 4 && capEnd == end && capEnd - padEnd >= 4 ? capEnd - 4 : capEnd;
        if (fcsStart > padEnd) {
            p.add(node, trailerField, p.bytes(padEnd, fcsStart - padEnd), padEnd, fcsStart - padEnd,
                    p.labels() ? "Trailer: " + FieldFormatter.hex(p.data(), padEnd, fcsStart - padEnd) : null);
        }
        if (fcsStart < capEnd) {
            long v = p.u32(fcsStart);
            p.add(node, fcs, v, fcsStart, 4, p.labels() ? "Frame check sequence: " + FieldFormatter.hexNumber(v, 8)
                    + " [unverified]" : null);
            p.generated(node, fcsStatus, 2L, "FCS Status: Unverified");
        }
    }
}
