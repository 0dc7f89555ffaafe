package org.resetlens.dissect;

/** ICMPv6: type/code/checksum, echo, neighbor discovery targets and link-layer options, quoted packets of errors. */
final class Icmpv6Dissector implements Dissector {
    private final FieldDef proto, type, code, checksum, checksumStatus, reserved, mtu, pointer, echoId, echoSeq,
            nsTarget, naFlag, naR, naS, naO, naTarget, optType, optLen, optLinkAddr, respIn, respTo, respTime, noResp;

    Icmpv6Dissector(FieldRegistry r) {
        proto = r.protocol("icmpv6", "Internet Control Message Protocol v6");
        type = r.register("icmpv6.type", "Type", FieldType.UINT8, Base.DEC, 0, "Indicates the type of the message");
        code = r.register("icmpv6.code", "Code", FieldType.UINT8, Base.DEC, 0, "");
        checksum = r.register("icmpv6.checksum", "Checksum", FieldType.UINT16, Base.HEX, 0, "");
        checksumStatus = r.register("icmpv6.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, 0, "");
        reserved = r.register("icmpv6.reserved", "Reserved", FieldType.BYTES, Base.NONE, 0, "");
        mtu = r.register("icmpv6.mtu", "MTU", FieldType.UINT32, Base.DEC, 0, "");
        pointer = r.register("icmpv6.pointer", "Pointer", FieldType.UINT32, Base.DEC, 0, "");
        echoId = r.register("icmpv6.echo.identifier", "Identifier", FieldType.UINT16, Base.HEX, 0, "");
        echoSeq = r.register("icmpv6.echo.sequence_number", "Sequence", FieldType.UINT16, Base.DEC, 0, "");
        nsTarget = r.register("icmpv6.nd.ns.target_address", "Target Address", FieldType.IPV6, Base.NONE, 0, "");
        naFlag = r.register("icmpv6.nd.na.flag", "Flags", FieldType.UINT32, Base.HEX, 0, "");
        naR = r.register("icmpv6.nd.na.flag.r", "Router", FieldType.BOOLEAN, Base.NONE, 0x80000000L, "");
        naS = r.register("icmpv6.nd.na.flag.s", "Solicited", FieldType.BOOLEAN, Base.NONE, 0x40000000L, "");
        naO = r.register("icmpv6.nd.na.flag.o", "Override", FieldType.BOOLEAN, Base.NONE, 0x20000000L, "");
        naTarget = r.register("icmpv6.nd.na.target_address", "Target Address", FieldType.IPV6, Base.NONE, 0, "");
        optType = r.register("icmpv6.opt.type", "Type", FieldType.UINT8, Base.DEC, 0, "Options type");
        optLen = r.register("icmpv6.opt.length", "Length", FieldType.UINT8, Base.DEC, 0, "");
        respIn = r.register("icmpv6.resp_in", "Response In", FieldType.FRAMENUM, Base.NONE, 0, "");
        respTo = r.register("icmpv6.resp_to", "Response To", FieldType.FRAMENUM, Base.NONE, 0, "");
        respTime = r.register("icmpv6.resptime", "Response Time", FieldType.DOUBLE, Base.NONE, 0, "");
        noResp = r.register("icmpv6.no_resp", "No response seen", FieldType.NONE, Base.NONE, 0, "");
        optLinkAddr = r.register("icmpv6.opt.linkaddr", "Link-layer address", FieldType.BYTES, Base.NONE, 0, "");
    }

    static String typeName(int t) {
        return switch (t) {
            case 1 -> "Destination Unreachable";
            case 2 -> "Packet Too Big";
            case 3 -> "Time Exceeded";
            case 4 -> "Parameter Problem";
            case 128 -> "Echo (ping) request";
            case 129 -> "Echo (ping) reply";
            case 130 -> "Multicast Listener Query";
            case 131 -> "Multicast Listener Report";
            case 132 -> "Multicast Listener Done";
            case 133 -> "Router Solicitation";
            case 134 -> "Router Advertisement";
            case 135 -> "Neighbor Solicitation";
            case 136 -> "Neighbor Advertisement";
            case 137 -> "Redirect";
            case 143 -> "Multicast Listener Report Message v2";
            default -> "Unknown (" + t + ")";
        };
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 4)) return -1;
        int t = p.u8(off), c = p.u8(off + 1), ck = p.u16(off + 2);
        TreeNode node = p.protocol(parent, proto, off, Math.min(end, p.captured()) - off,
                "Internet Control Message Protocol v6");
        p.setProtocol("ICMPv6");
        String tn = typeName(t);
        p.add(node, type, (long) t, off, 1, p.labels() ? "Type: " + tn + " (" + t + ")" : null);
        p.add(node, code, (long) c, off + 1, 1);
        p.add(node, checksum, (long) ck, off + 2, 2, p.labels()
                ? "Checksum: " + FieldFormatter.hexNumber(ck, 4) + " [unverified]" : null);
        p.generated(node, checksumStatus, 2L, "Checksum Status: Unverified");
        StringBuilder info = new StringBuilder(64).append(tn);
        switch (t) {
            case 1, 2, 3, 4 -> {
                if (p.has(off + 4, 4)) {
                    if (t == 2) p.add(node, mtu, p.u32(off + 4), off + 4, 4);
                    else if (t == 4) p.add(node, pointer, p.u32(off + 4), off + 4, 4);
                    else p.add(node, reserved, p.bytes(off + 4, 4), off + 4, 4, null);
                }
                p.setInfo(info.toString());
                IcmpDissector.quoted(p, node, off + 8, end, 0x86dd);
                return end - off;
            }
            case 128, 129 -> {
                if (p.has(off + 4, 4)) {
                    int id = p.u16(off + 4), sq = p.u16(off + 6);
                    p.add(node, echoId, (long) id, off + 4, 2);
                    p.add(node, echoSeq, (long) sq, off + 6, 2);
                    info.append(" id=").append(FieldFormatter.hexNumber(id, 4)).append(", seq=").append(sq)
                            .append(", hop limit=").append(p.ipTtl);
                    info.append(IcmpDissector.pair(p, node, t == 128, true, id, sq, respIn, respTo, respTime, noResp));
                }
            }
            case 135 -> {
                if (p.has(off + 8, 16)) {
                    p.add(node, reserved, p.bytes(off + 4, 4), off + 4, 4, null);
                    String target = FieldFormatter.ipv6(p.data(), off + 8);
                    p.add(node, nsTarget, p.bytes(off + 8, 16), off + 8, 16, p.labels() ? "Target Address: " + target : null);
                    info.append(" for ").append(target);
                    String mac = ndOptions(p, node, off + 24, end, 1);
                    if (mac != null) info.append(" from ").append(mac);
                }
            }
            case 136 -> {
                if (p.has(off + 8, 16)) {
                    long fw = p.u32(off + 4);
                    TreeNode fl = p.add(node, naFlag, fw, off + 4, 4, null);
                    p.addBits(fl, naR, fw, off + 4, 4, 32, null);
                    p.addBits(fl, naS, fw, off + 4, 4, 32, null);
                    p.addBits(fl, naO, fw, off + 4, 4, 32, null);
                    String target = FieldFormatter.ipv6(p.data(), off + 8);
                    p.add(node, naTarget, p.bytes(off + 8, 16), off + 8, 16, p.labels() ? "Target Address: " + target : null);
                    info.append(' ').append(target);
                    StringBuilder f = new StringBuilder();
                    if ((fw & 0x80000000L) != 0) f.append("rtr, ");
                    if ((fw & 0x40000000L) != 0) f.append("sol, ");
                    if ((fw & 0x20000000L) != 0) f.append("ovr, ");
                    if (f.length() > 0) info.append(" (").append(f, 0, f.length() - 2).append(')');
                    String mac = ndOptions(p, node, off + 24, end, 2);
                    if (mac != null) info.append(" is at ").append(mac);
                }
            }
            case 133 -> {
                String mac = ndOptions(p, node, off + 8, end, 1);
                if (mac != null) info.append(" from ").append(mac);
            }
            case 134 -> {
                String mac = ndOptions(p, node, off + 16, end, 1);
                if (mac != null) info.append(" from ").append(mac);
            }
            default -> { }
        }
        p.setInfo(info.toString());
        return end - off;
    }

    /** Walks ND options; returns the link-layer address of option {@code wanted} (1 source, 2 target), or null. */
    private String ndOptions(Packet p, TreeNode node, int q, int end, int wanted) {
        String found = null;
        int limit = Math.min(end, p.captured());
        while (q + 2 <= limit) {
            int ot = p.u8(q), ol = p.u8(q + 1) * 8;
            if (ol == 0 || q + ol > limit) break;
            TreeNode o = p.text(node, "ICMPv6 Option (" + ot + ")", q, ol);
            p.add(o, optType, (long) ot, q, 1);
            p.add(o, optLen, (long) ol / 8, q + 1, 1, p.labels() ? "Length: " + (ol / 8) + " (" + ol + " bytes)" : null);
            if ((ot == 1 || ot == 2) && ol == 8) {
                String mac = FieldFormatter.mac(p.data(), q + 2);
                p.add(o, optLinkAddr, p.bytes(q + 2, 6), q + 2, 6, p.labels() ? "Link-layer address: " + mac : null);
                if (ot == wanted) found = mac;
            }
            q += ol;
        }
        return found;
    }
}
