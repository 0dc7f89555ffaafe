package org.resetlens.dissect;

/** ARP and RARP over Ethernet/IPv4, with Wireshark's Info texts (who has / is at / probe / announcement). */
final class ArpDissector implements Dissector {
    private final FieldDef proto, hwType, protoType, hwSize, protoSize, opcode, isGratuitous, isProbe,
            isAnnouncement, srcHwMac, srcIpv4, dstHwMac, dstIpv4, srcHw, srcProto, dstHw, dstProto;

    ArpDissector(FieldRegistry r) {
        proto = r.protocol("arp", "Address Resolution Protocol");
        hwType = r.register("arp.hw.type", "Hardware type", FieldType.UINT16, Base.DEC, 0, "");
        protoType = r.register("arp.proto.type", "Protocol type", FieldType.UINT16, Base.HEX, 0, "");
        hwSize = r.register("arp.hw.size", "Hardware size", FieldType.UINT8, Base.DEC, 0, "");
        protoSize = r.register("arp.proto.size", "Protocol size", FieldType.UINT8, Base.DEC, 0, "");
        opcode = r.register("arp.opcode", "Opcode", FieldType.UINT16, Base.DEC, 0, "");
        isGratuitous = r.register("arp.isgratuitous", "Is gratuitous", FieldType.BOOLEAN, Base.NONE, 0, "");
        isProbe = r.register("arp.isprobe", "Is probe", FieldType.BOOLEAN, Base.NONE, 0, "");
        isAnnouncement = r.register("arp.isannouncement", "Is announcement", FieldType.BOOLEAN, Base.NONE, 0, "");
        srcHwMac = r.register("arp.src.hw_mac", "Sender MAC address", FieldType.ETHER, Base.NONE, 0, "");
        srcIpv4 = r.register("arp.src.proto_ipv4", "Sender IP address", FieldType.IPV4, Base.NONE, 0, "");
        dstHwMac = r.register("arp.dst.hw_mac", "Target MAC address", FieldType.ETHER, Base.NONE, 0, "");
        dstIpv4 = r.register("arp.dst.proto_ipv4", "Target IP address", FieldType.IPV4, Base.NONE, 0, "");
        srcHw = r.register("arp.src.hw", "Sender hardware address", FieldType.BYTES, Base.NONE, 0, "");
        srcProto = r.register("arp.src.proto", "Sender protocol address", FieldType.BYTES, Base.NONE, 0, "");
        dstHw = r.register("arp.dst.hw", "Target hardware address", FieldType.BYTES, Base.NONE, 0, "");
        dstProto = r.register("arp.dst.proto", "Target protocol address", FieldType.BYTES, Base.NONE, 0, "");
    }

    private static String opName(int op) {
        return switch (op) {
            case 1 -> "request";
            case 2 -> "reply";
            case 3 -> "reverse request";
            case 4 -> "reverse reply";
            default -> "unknown";
        };
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 8)) return -1;
        int ht = p.u16(off), pt = p.u16(off + 2), hs = p.u8(off + 4), ps = p.u8(off + 5), op = p.u16(off + 6);
        int total = 8 + 2 * hs + 2 * ps;
        boolean ethIp = hs == 6 && ps == 4 && pt == 0x0800 && p.has(off, 28);
        int sha = off + 8, spa = sha + hs, tha = spa + ps, tpa = tha + hs;
        boolean gratuitous = false, probe = false, announcement = false;
        if (ethIp) {
            long s = p.u32(spa), t = p.u32(tpa);
            boolean thaZero = isZero(p, tha, 6);
            gratuitous = (op == 1 || op == 2) && s == t;
            probe = op == 1 && s == 0 && thaZero;
            announcement = op == 1 && gratuitous && thaZero;
        }
        boolean rarp = op == 3 || op == 4;
        String what = probe ? "ARP Probe" : announcement ? "ARP Announcement" : gratuitous ? "gratuitous ARP"
                : opName(op);
        TreeNode node = p.protocol(parent, proto, off, total, (rarp ? "Reverse Address Resolution Protocol ("
                : "Address Resolution Protocol (") + what + ")");
        p.setProtocol(rarp ? "RARP" : "ARP");
        p.add(node, hwType, (long) ht, off, 2, p.labels() ? "Hardware type: " + (ht == 1 ? "Ethernet" : "Unknown")
                + " (" + ht + ")" : null);
        p.add(node, protoType, (long) pt, off + 2, 2, p.labels() ? "Protocol type: " + EtherTypes.name(pt) + " ("
                + FieldFormatter.hexNumber(pt, 4) + ")" : null);
        p.add(node, hwSize, (long) hs, off + 4, 1);
        p.add(node, protoSize, (long) ps, off + 5, 1);
        p.add(node, opcode, (long) op, off + 6, 2, p.labels() ? "Opcode: " + opName(op) + " (" + op + ")" : null);
        if (ethIp) {
            if (gratuitous) p.generated(node, isGratuitous, 1L, "Is gratuitous: True");
            if (probe) p.generated(node, isProbe, 1L, "Is probe: True");
            if (announcement) p.generated(node, isAnnouncement, 1L, "Is announcement: True");
            String shaS = FieldFormatter.mac(p.data(), sha), thaS = FieldFormatter.mac(p.data(), tha);
            String spaS = FieldFormatter.ipv4(p.u32(spa)), tpaS = FieldFormatter.ipv4(p.u32(tpa));
            p.add(node, srcHwMac, p.bytes(sha, 6), sha, 6, p.labels() ? "Sender MAC address: " + shaS : null);
            p.add(node, srcIpv4, p.u32(spa), spa, 4, p.labels() ? "Sender IP address: " + spaS : null);
            p.add(node, dstHwMac, p.bytes(tha, 6), tha, 6, p.labels() ? "Target MAC address: " + thaS : null);
            p.add(node, dstIpv4, p.u32(tpa), tpa, 4, p.labels() ? "Target IP address: " + tpaS : null);
            p.setInfo(switch (op) {
                case 1 -> probe ? "Who has " + tpaS + "? (ARP Probe)" : announcement ? "ARP Announcement for " + spaS
                        : gratuitous ? "Gratuitous ARP for " + tpaS + " (Request)" : "Who has " + tpaS + "? Tell " + spaS;
                case 2 -> gratuitous ? "Gratuitous ARP for " + spaS + " (Reply)" : spaS + " is at " + shaS;
                case 3 -> "Who is " + thaS + "? Tell " + shaS;
                case 4 -> thaS + " is at " + tpaS;
                default -> "Unknown ARP opcode 0x" + String.format("%04x", op);
            });
        } else if (p.has(off, total)) {
            p.add(node, srcHw, p.bytes(sha, hs), sha, hs, null);
            p.add(node, srcProto, p.bytes(spa, ps), spa, ps, null);
            p.add(node, dstHw, p.bytes(tha, hs), tha, hs, null);
            p.add(node, dstProto, p.bytes(tpa, ps), tpa, ps, null);
            p.setInfo("ARP " + opName(op));
        }
        return Math.min(total, end - off);
    }

    private static boolean isZero(Packet p, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (p.u8(off + i) != 0) return false;
        }
        return true;
    }
}
