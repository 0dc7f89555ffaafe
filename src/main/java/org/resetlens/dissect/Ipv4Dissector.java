package org.resetlens.dissect;

/** IPv4: header fields, options as bytes, fragments flagged (non-first fragments are not dissected further). */
final class Ipv4Dissector implements Dissector {
    private final FieldDef proto, version, hdrLen, dsfield, dscp, ecn, len, id, flags, flagRb, flagDf, flagMf,
            fragOffset, ttl, ipProto, checksum, checksumStatus, src, dst, addr, srcHost, dstHost, host;

    Ipv4Dissector(FieldRegistry r) {
        proto = r.protocol("ip", "Internet Protocol Version 4");
        version = r.register("ip.version", "Version", FieldType.UINT8, Base.DEC, 0, "");
        hdrLen = r.register("ip.hdr_len", "Header Length", FieldType.UINT8, Base.DEC, 0, "");
        dsfield = r.register("ip.dsfield", "Differentiated Services Field", FieldType.UINT8, Base.HEX, 0, "");
        dscp = r.register("ip.dsfield.dscp", "Differentiated Services Codepoint", FieldType.UINT8, Base.DEC, 0xfc, "");
        ecn = r.register("ip.dsfield.ecn", "Explicit Congestion Notification", FieldType.UINT8, Base.DEC, 0x03, "");
        len = r.register("ip.len", "Total Length", FieldType.UINT16, Base.DEC, 0, "");
        id = r.register("ip.id", "Identification", FieldType.UINT16, Base.HEX_DEC, 0, "");
        flags = r.register("ip.flags", "Flags", FieldType.UINT8, Base.HEX, 0xe0, "");
        flagRb = r.register("ip.flags.rb", "Reserved bit", FieldType.BOOLEAN, Base.NONE, 0x80, "");
        flagDf = r.register("ip.flags.df", "Don't fragment", FieldType.BOOLEAN, Base.NONE, 0x40, "");
        flagMf = r.register("ip.flags.mf", "More fragments", FieldType.BOOLEAN, Base.NONE, 0x20, "");
        fragOffset = r.register("ip.frag_offset", "Fragment Offset", FieldType.UINT16, Base.DEC, 0x1fff, "");
        ttl = r.register("ip.ttl", "Time to Live", FieldType.UINT8, Base.DEC, 0, "");
        ipProto = r.register("ip.proto", "Protocol", FieldType.UINT8, Base.DEC, 0, "");
        checksum = r.register("ip.checksum", "Header Checksum", FieldType.UINT16, Base.HEX, 0, "");
        checksumStatus = r.register("ip.checksum.status", "Header checksum status", FieldType.UINT8, Base.NONE, 0, "");
        src = r.register("ip.src", "Source Address", FieldType.IPV4, Base.NONE, 0, "");
        addr = r.register("ip.addr", "Source or Destination Address", FieldType.IPV4, Base.NONE, 0, "");
        srcHost = r.register("ip.src_host", "Source Host", FieldType.STRING, Base.NONE, 0, "");
        host = r.register("ip.host", "Source or Destination Host", FieldType.STRING, Base.NONE, 0, "");
        dst = r.register("ip.dst", "Destination Address", FieldType.IPV4, Base.NONE, 0, "");
        dstHost = r.register("ip.dst_host", "Destination Host", FieldType.STRING, Base.NONE, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 20) || (p.u8(off) >> 4) != 4) return -1;
        int ihl = (p.u8(off) & 0x0f) * 4;
        long s = p.u32(off + 12), d = p.u32(off + 16);
        String ss = FieldFormatter.ipv4(s), ds = FieldFormatter.ipv4(d);
        TreeNode node = p.protocol(parent, proto, off, Math.max(20, ihl),
                "Internet Protocol Version 4, Src: " + ss + ", Dst: " + ds);
        p.setProtocol("IPv4");
        p.setInfo("");
        p.setNetAddresses(ss, ds);
        int b0 = p.u8(off);
        p.add(node, version, 4L, off, 1, p.labels() ? "0100 .... = Version: 4" : null);
        p.add(node, hdrLen, (long) ihl, off, 1, p.labels()
                ? ".... " + nibble(b0 & 0xf) + " = Header Length: " + ihl + " bytes (" + (ihl / 4) + ")" : null);
        if (ihl < 20) {
            p.dissection().markMalformed();
            p.setInfo("Bogus IP header length (" + ihl + ", must be at least 20)");
            return end - off;
        }
        int tos = p.u8(off + 1);
        TreeNode ds1 = p.add(node, dsfield, (long) tos, off + 1, 1, p.labels()
                ? "Differentiated Services Field: " + FieldFormatter.hexNumber(tos, 2) + " (DSCP: " + dscpName(tos >> 2)
                + ", ECN: " + ecnShort(tos & 3) + ")" : null);
        p.addBits(ds1, dscp, tos, off + 1, 1, 8, dscpName(tos >> 2) + " (" + (tos >> 2) + ")");
        p.addBits(ds1, ecn, tos, off + 1, 1, 8, ecnLong(tos & 3) + " (" + (tos & 3) + ")");
        int total = p.u16(off + 2);
        p.add(node, len, (long) total, off + 2, 2);
        int ident = p.u16(off + 4);
        p.add(node, id, (long) ident, off + 4, 2);
        int fragWord = p.u16(off + 6);
        int flagBits = fragWord >> 13;
        TreeNode fl = p.addBits(node, flags, p.u8(off + 6), off + 6, 1, 8,
                FieldFormatter.hexNumber(flagBits, 1) + flagSummary(flagBits));
        p.addBits(fl, flagRb, p.u8(off + 6), off + 6, 1, 8, null);
        p.addBits(fl, flagDf, p.u8(off + 6), off + 6, 1, 8, null);
        p.addBits(fl, flagMf, p.u8(off + 6), off + 6, 1, 8, null);
        int fragUnits = fragWord & 0x1fff;
        int fragBytes = fragUnits * 8;
        p.addBits(node, fragOffset, fragWord, off + 6, 2, 16, String.valueOf(fragBytes));
        int t = p.u8(off + 8);
        p.add(node, ttl, (long) t, off + 8, 1);
        int pr = p.u8(off + 9);
        p.add(node, ipProto, (long) pr, off + 9, 1, p.labels() ? "Protocol: " + IpProtocols.name(pr) + " (" + pr + ")" : null);
        int ck = p.u16(off + 10);
        p.add(node, checksum, (long) ck, off + 10, 2, p.labels()
                ? "Header Checksum: " + FieldFormatter.hexNumber(ck, 4) + " [validation disabled]" : null);
        p.generated(node, checksumStatus, 2L, "Header checksum status: Unverified");
        p.add(node, src, s, off + 12, 4, p.labels() ? "Source Address: " + ss : null);
        p.hidden(addr, s, off + 12, 4);
        p.hidden(srcHost, ss, off + 12, 4);
        p.hidden(host, ss, off + 12, 4);
        p.add(node, dst, d, off + 16, 4, p.labels() ? "Destination Address: " + ds : null);
        p.hidden(addr, d, off + 16, 4);
        p.hidden(dstHost, ds, off + 16, 4);
        p.hidden(host, ds, off + 16, 4);
        if (ihl > 20) p.text(node, "Options: (" + (ihl - 20) + " bytes)", off + 20, ihl - 20);

        // The IP datagram ends where its total length says (TSO captures carry 0: use what is there).
        int ipEnd = total == 0 ? end : Math.min(end, off + Math.max(total, ihl));
        int payloadOff = off + ihl;
        boolean mf = (fragWord & 0x2000) != 0;
        byte[] reassembled = null;
        if (mf || fragUnits != 0) {
            String fragInfo = "Fragmented IP protocol (proto=" + IpProtocols.name(pr) + " " + pr + ", off=" + fragBytes
                    + ", ID=" + String.format("%04x", ident) + ")";
            Ipv4Reassembly.Result r = p.index() != null && p.columnsWritable()
                    ? Ipv4Reassembly.find(p.index(), p.frame(), s, d, ident, pr) : null;
            if (r == null || r.data() == null) {
                if (r != null && r.completingFrame() > p.frame()) {
                    fragInfo += " [Reassembled in #" + (r.completingFrame() + 1) + "]";
                }
                p.setInfo(fragInfo);
                p.dissectors().data.dissect(p, payloadOff, ipEnd, null);
                return ipEnd - off;
            }
            reassembled = r.data();
        }
        int savedLen = p.ipPayloadLength;
        p.ipPayloadLength = ipEnd - payloadOff;
        p.ipTtl = t;
        p.ipSrc = p.bytes(off + 12, 4);
        p.ipDst = p.bytes(off + 16, 4);
        TreeNode next = p.columnsWritable() ? null : parent;
        if (reassembled != null) {
            p.ipPayloadLength = reassembled.length;
            p.text(node, "[Reassembled IPv4 (" + reassembled.length + " bytes)]", payloadOff, ipEnd - payloadOff);
            byte[] frameBytes = p.swapData(reassembled);
            try {
                int n = p.dissectors().ipProtocols.dispatch(pr, p, 0, reassembled.length, next);
                if (n < 0) p.dissectors().data.dissect(p, 0, reassembled.length, next);
            } finally {
                p.swapData(frameBytes);
            }
        } else {
            int n = p.dissectors().ipProtocols.dispatch(pr, p, payloadOff, ipEnd, next);
            if (n < 0) p.dissectors().data.dissect(p, payloadOff, ipEnd, next);
        }
        p.ipPayloadLength = savedLen;
        return ipEnd - off;
    }

    static String nibble(int x) {
        return "" + (x >> 3 & 1) + (x >> 2 & 1) + (x >> 1 & 1) + (x & 1);
    }

    private static String flagSummary(int bits) {
        StringBuilder sb = new StringBuilder();
        if ((bits & 4) != 0) sb.append(", Reserved");
        if ((bits & 2) != 0) sb.append(", Don't fragment");
        if ((bits & 1) != 0) sb.append(", More fragments");
        return sb.toString();
    }

    static String dscpName(int dscp) {
        return switch (dscp) {
            case 0 -> "Default";
            case 8 -> "Class Selector 1";
            case 10 -> "Assured Forwarding 11";
            case 16 -> "Class Selector 2";
            case 24 -> "Class Selector 3";
            case 32 -> "Class Selector 4";
            case 40 -> "Class Selector 5";
            case 46 -> "Expedited Forwarding";
            case 48 -> "Class Selector 6";
            case 56 -> "Class Selector 7";
            default -> "Unknown";
        };
    }

    private static String ecnShort(int e) {
        return switch (e) {
            case 0 -> "Not-ECT";
            case 1 -> "ECT(1)";
            case 2 -> "ECT(0)";
            default -> "CE";
        };
    }

    static String ecnLong(int e) {
        return switch (e) {
            case 0 -> "Not ECN-Capable Transport";
            case 1 -> "ECN-Capable Transport codepoint '01'";
            case 2 -> "ECN-Capable Transport codepoint '10'";
            default -> "Congestion Experienced";
        };
    }
}
