package org.resetlens.dissect;

/** Linux cooked-mode capture, v1 (LINKTYPE_LINUX_SLL, 16 bytes) and v2 (LINKTYPE_LINUX_SLL2, 20 bytes). */
final class SllDissector {
    private final FieldDef proto, pkttype, hatype, halen, srcEth, srcOther, unused, ltype, etype, ifindex, trailer;
    private final EthernetDissector ethernet;

    SllDissector(FieldRegistry r, EthernetDissector ethernet) {
        this.ethernet = ethernet;
        proto = r.protocol("sll", "Linux cooked-mode capture");
        pkttype = r.register("sll.pkttype", "Packet type", FieldType.UINT16, Base.DEC, 0, "");
        hatype = r.register("sll.hatype", "Link-layer address type", FieldType.UINT16, Base.DEC, 0, "");
        halen = r.register("sll.halen", "Link-layer address length", FieldType.UINT16, Base.DEC, 0, "");
        srcEth = r.register("sll.src.eth", "Source", FieldType.ETHER, Base.NONE, 0, "");
        srcOther = r.register("sll.src.other", "Source", FieldType.BYTES, Base.NONE, 0, "");
        unused = r.register("sll.unused", "Unused", FieldType.BYTES, Base.NONE, 0, "");
        ltype = r.register("sll.ltype", "Protocol", FieldType.UINT16, Base.HEX, 0, "");
        etype = r.register("sll.etype", "Protocol", FieldType.UINT16, Base.HEX, 0, "");
        ifindex = r.register("sll.ifindex", "Interface index", FieldType.UINT32, Base.DEC, 0, "");
        trailer = r.register("sll.trailer", "Trailer", FieldType.BYTES, Base.NONE, 0, "");
    }

    private static String pktTypeName(int t) {
        return switch (t) {
            case 0 -> "Unicast to us";
            case 1 -> "Broadcast";
            case 2 -> "Multicast";
            case 3 -> "Unicast to another host";
            case 4 -> "Sent by us";
            default -> "Unknown";
        };
    }

    /** The dissector for one version (they share the "sll" fields, as in Wireshark). */
    Dissector version(boolean v2) {
        return (p, off, end, parent) -> dissect(p, off, end, parent, v2);
    }

    private int dissect(Packet p, int off, int end, TreeNode parent, boolean v2) {
        int hdr = v2 ? 20 : 16;
        if (!p.has(off, hdr)) return -1;
        int type, ha, hl, pt, addrOff, protoOff;
        if (v2) {
            protoOff = off;
            pt = p.u8(off + 10);
            ha = p.u16(off + 8);
            hl = p.u8(off + 11);
            addrOff = off + 12;
        } else {
            pt = p.u16(off);
            ha = p.u16(off + 2);
            hl = p.u16(off + 4);
            addrOff = off + 6;
            protoOff = off + 14;
        }
        type = p.u16(protoOff);
        TreeNode node = p.protocol(parent, proto, off, hdr, v2 ? "Linux cooked capture v2" : "Linux cooked capture v1");
        p.setProtocol("SLL");
        if (v2) {
            p.add(node, etype, (long) type, protoOff, 2, p.labels() ? "Protocol: " + EtherTypes.name(type) + " ("
                    + FieldFormatter.hexNumber(type, 4) + ")" : null);
            p.add(node, ifindex, p.u32(off + 4), off + 4, 4);
            p.add(node, hatype, (long) ha, off + 8, 2);
            p.add(node, pkttype, (long) pt, off + 10, 1, p.labels() ? "Packet type: " + pktTypeName(pt) + " (" + pt + ")" : null);
            p.add(node, halen, (long) hl, off + 11, 1);
        } else {
            p.add(node, pkttype, (long) pt, off, 2, p.labels() ? "Packet type: " + pktTypeName(pt) + " (" + pt + ")" : null);
            p.add(node, hatype, (long) ha, off + 2, 2);
            p.add(node, halen, (long) hl, off + 4, 2);
        }
        if (hl == 6 && (ha == 1 || ha == 772)) {
            String mac = FieldFormatter.mac(p.data(), addrOff);
            p.add(node, srcEth, p.bytes(addrOff, 6), addrOff, 6, p.labels() ? "Source: " + mac : null);
            p.setLinkAddresses(mac, "");
            p.add(node, unused, p.bytes(addrOff + 6, 2), addrOff + 6, 2,
                    p.labels() ? "Unused: " + FieldFormatter.hex(p.data(), addrOff + 6, 2) : null);
        } else {
            int n = Math.min(hl, 8);
            p.add(node, srcOther, p.bytes(addrOff, n), addrOff, n,
                    p.labels() ? "Source: " + FieldFormatter.hex(p.data(), addrOff, n) : null);
        }
        if (!v2) {
            p.add(node, ltype, (long) type, protoOff, 2, p.labels() ? "Protocol: " + EtherTypes.name(type) + " ("
                    + FieldFormatter.hexNumber(type, 4) + ")" : null);
        }
        p.appendProtocolName("ethertype");
        int n = p.dissectors().dispatchEtherType(type, p, off + hdr, end, null);
        ethernet.trailing(p, node, off + hdr + Math.max(0, n), end, trailer, false);
        return end - off;
    }
}
