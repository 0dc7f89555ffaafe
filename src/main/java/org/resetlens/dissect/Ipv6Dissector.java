package org.resetlens.dissect;

/** IPv6 with its extension headers (hop-by-hop, routing, fragment, destination options, AH skipped over). */
final class Ipv6Dissector implements Dissector {
    private final FieldDef proto, version, tclass, tcDscp, tcEcn, flow, plen, nxt, hlim, src, dst, addr, srcHost,
            dstHost, host, hop, hopNxt, hopLen, hopLenOct, rt, rtNxt, rtLen, rtLenOct, rtType, rtSegLeft, frag,
            fragNxt, fragOffset, fragMore, fragIdent, dstOpts, dstNxt, dstLen, dstLenOct;

    Ipv6Dissector(FieldRegistry r) {
        proto = r.protocol("ipv6", "Internet Protocol Version 6");
        version = r.register("ipv6.version", "Version", FieldType.UINT8, Base.DEC, 0, "");
        tclass = r.register("ipv6.tclass", "Traffic Class", FieldType.UINT32, Base.HEX, 0x0ff00000L, "");
        tcDscp = r.register("ipv6.tclass.dscp", "Differentiated Services Codepoint", FieldType.UINT32, Base.DEC,
                0x0fc00000L, "");
        tcEcn = r.register("ipv6.tclass.ecn", "Explicit Congestion Notification", FieldType.UINT32, Base.DEC,
                0x00300000L, "");
        flow = r.register("ipv6.flow", "Flow Label", FieldType.UINT24, Base.HEX, 0xfffff, "");
        plen = r.register("ipv6.plen", "Payload Length", FieldType.UINT16, Base.DEC, 0, "");
        nxt = r.register("ipv6.nxt", "Next Header", FieldType.UINT8, Base.DEC, 0, "");
        hlim = r.register("ipv6.hlim", "Hop Limit", FieldType.UINT8, Base.DEC, 0, "");
        src = r.register("ipv6.src", "Source Address", FieldType.IPV6, Base.NONE, 0, "Source IPv6 Address");
        addr = r.register("ipv6.addr", "Source or Destination Address", FieldType.IPV6, Base.NONE, 0, "");
        srcHost = r.register("ipv6.src_host", "Source Host", FieldType.STRING, Base.NONE, 0, "");
        host = r.register("ipv6.host", "Source or Destination Host", FieldType.STRING, Base.NONE, 0, "");
        dst = r.register("ipv6.dst", "Destination Address", FieldType.IPV6, Base.NONE, 0, "Destination IPv6 Address");
        dstHost = r.register("ipv6.dst_host", "Destination Host", FieldType.STRING, Base.NONE, 0, "");
        hop = r.protocol("ipv6.hopopts", "IPv6 Hop-by-Hop Option");
        hopNxt = r.register("ipv6.hopopts.nxt", "Next Header", FieldType.UINT8, Base.DEC, 0, "");
        hopLen = r.register("ipv6.hopopts.len", "Length", FieldType.UINT8, Base.DEC, 0, "");
        hopLenOct = r.register("ipv6.hopopts.len_oct", "Length", FieldType.UINT16, Base.DEC, 0, "");
        rt = r.protocol("ipv6.routing", "Routing Header for IPv6");
        rtNxt = r.register("ipv6.routing.nxt", "Next Header", FieldType.UINT8, Base.DEC, 0, "");
        rtLen = r.register("ipv6.routing.len", "Length", FieldType.UINT8, Base.DEC, 0, "");
        rtLenOct = r.register("ipv6.routing.len_oct", "Length", FieldType.UINT16, Base.DEC, 0, "");
        rtType = r.register("ipv6.routing.type", "Type", FieldType.UINT8, Base.DEC, 0, "");
        rtSegLeft = r.register("ipv6.routing.segleft", "Segments Left", FieldType.UINT8, Base.DEC, 0, "");
        frag = r.protocol("ipv6.fraghdr", "Fragment Header for IPv6");
        fragNxt = r.register("ipv6.fraghdr.nxt", "Next header", FieldType.UINT8, Base.DEC, 0, "");
        fragOffset = r.register("ipv6.fraghdr.offset", "Offset", FieldType.UINT16, Base.DEC, 0xfff8, "");
        fragMore = r.register("ipv6.fraghdr.more", "More Fragments", FieldType.BOOLEAN, Base.NONE, 0x1, "");
        fragIdent = r.register("ipv6.fraghdr.ident", "Identification", FieldType.UINT32, Base.HEX, 0, "");
        dstOpts = r.protocol("ipv6.dstopts", "Destination Options for IPv6");
        dstNxt = r.register("ipv6.dstopts.nxt", "Next Header", FieldType.UINT8, Base.DEC, 0, "");
        dstLen = r.register("ipv6.dstopts.len", "Length", FieldType.UINT8, Base.DEC, 0, "");
        dstLenOct = r.register("ipv6.dstopts.len_oct", "Length", FieldType.UINT16, Base.DEC, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 40) || (p.u8(off) >> 4) != 6) return -1;
        String ss = FieldFormatter.ipv6(p.data(), off + 8), ds = FieldFormatter.ipv6(p.data(), off + 24);
        TreeNode node = p.protocol(parent, proto, off, 40, "Internet Protocol Version 6, Src: " + ss + ", Dst: " + ds);
        p.setProtocol("IPv6");
        p.setInfo("");
        p.setNetAddresses(ss, ds);
        long word = p.u32(off);
        p.add(node, version, 6L, off, 1, p.labels() ? "0110 .... = Version: 6" : null);
        int tc = (int) (word >> 20) & 0xff;
        TreeNode tcn = p.addBits(node, tclass, word, off, 4, 32, FieldFormatter.hexNumber(tc, 2)
                + " (DSCP: " + Ipv4Dissector.dscpName(tc >> 2) + ", ECN: " + (tc & 3) + ")");
        p.addBits(tcn, tcDscp, word, off, 4, 32, Ipv4Dissector.dscpName(tc >> 2) + " (" + (tc >> 2) + ")");
        p.addBits(tcn, tcEcn, word, off, 4, 32, Ipv4Dissector.ecnLong(tc & 3) + " (" + (tc & 3) + ")");
        p.addBits(node, flow, word, off + 1, 3, 32, null);
        int payloadLength = p.u16(off + 4);
        p.add(node, plen, (long) payloadLength, off + 4, 2);
        int next = p.u8(off + 6);
        p.add(node, nxt, (long) next, off + 6, 1, p.labels() ? "Next Header: " + IpProtocols.name(next) + " (" + next + ")" : null);
        int hop6 = p.u8(off + 7);
        p.add(node, hlim, (long) hop6, off + 7, 1);
        byte[] sb = p.bytes(off + 8, 16), db = p.bytes(off + 24, 16);
        p.add(node, src, sb, off + 8, 16, p.labels() ? "Source Address: " + ss : null);
        p.hidden(addr, sb, off + 8, 16);
        p.hidden(srcHost, ss, off + 8, 16);
        p.hidden(host, ss, off + 8, 16);
        p.add(node, dst, db, off + 24, 16, p.labels() ? "Destination Address: " + ds : null);
        p.hidden(addr, db, off + 24, 16);
        p.hidden(dstHost, ds, off + 24, 16);
        p.hidden(host, ds, off + 24, 16);

        int ipEnd = payloadLength == 0 ? end : Math.min(end, off + 40 + payloadLength);
        int q = off + 40;
        boolean fragment = false;
        int fragOffBytes = 0;
        boolean more = false;
        long ident = 0;
        for (int hops = 0; hops < 16; hops++) {
            if (next == 0 || next == 60 || next == 43) {
                if (!p.has(q, 2)) break;
                int hl = p.u8(q + 1);
                int extLen = (hl + 1) * 8;
                FieldDef pr = next == 0 ? hop : next == 60 ? dstOpts : rt;
                TreeNode ext = p.protocol(node, pr, q, extLen, pr.name());
                int n2 = p.u8(q);
                p.add(ext, next == 0 ? hopNxt : next == 60 ? dstNxt : rtNxt, (long) n2, q, 1,
                        p.labels() ? "Next Header: " + IpProtocols.name(n2) + " (" + n2 + ")" : null);
                p.add(ext, next == 0 ? hopLen : next == 60 ? dstLen : rtLen, (long) hl, q + 1, 1);
                p.generated(ext, next == 0 ? hopLenOct : next == 60 ? dstLenOct : rtLenOct, (long) extLen,
                        "Length: " + extLen + " bytes");
                if (next == 43 && p.has(q + 2, 2)) {
                    p.add(ext, rtType, (long) p.u8(q + 2), q + 2, 1);
                    p.add(ext, rtSegLeft, (long) p.u8(q + 3), q + 3, 1);
                }
                next = n2;
                q += extLen;
            } else if (next == 44) {
                if (!p.has(q, 8)) break;
                TreeNode ext = p.protocol(node, frag, q, 8, "Fragment Header for IPv6");
                int n2 = p.u8(q);
                p.add(ext, fragNxt, (long) n2, q, 1, p.labels() ? "Next header: " + IpProtocols.name(n2) + " (" + n2 + ")" : null);
                int fw = p.u16(q + 2);
                p.addBits(ext, fragOffset, fw, q + 2, 2, 16, null);
                p.addBits(ext, fragMore, fw, q + 2, 2, 16, null);
                ident = p.u32(q + 4);
                p.add(ext, fragIdent, ident, q + 4, 4);
                fragment = true;
                fragOffBytes = fw & 0xfff8;
                more = (fw & 1) != 0;
                next = n2;
                q += 8;
            } else if (next == 51) {
                if (!p.has(q, 2)) break;
                int extLen = (p.u8(q + 1) + 2) * 4;
                p.text(node, "Authentication Header", q, extLen);
                next = p.u8(q);
                q += extLen;
            } else {
                break;
            }
        }
        if (fragment && (more || fragOffBytes != 0)) {
            p.setInfo("IPv6 fragment (off=" + fragOffBytes + " more=" + (more ? "y" : "n") + " ident=0x"
                    + String.format("%08x", ident) + " nxt=" + next + ")");
            p.dissectors().data.dissect(p, q, ipEnd, null);
            return ipEnd - off;
        }
        if (next == 59) return ipEnd - off;
        int savedLen = p.ipPayloadLength;
        p.ipPayloadLength = Math.max(0, ipEnd - q);
        p.ipTtl = hop6;
        p.ipSrc = sb;
        p.ipDst = db;
        int n = p.dissectors().ipProtocols.dispatch(next, p, q, ipEnd, p.columnsWritable() ? null : parent);
        if (n < 0) p.dissectors().data.dissect(p, q, ipEnd, p.columnsWritable() ? null : parent);
        p.ipPayloadLength = savedLen;
        return ipEnd - off;
    }
}
