package org.resetlens.dissect;

/**
 * DNS over UDP and TCP (and its multicast/link-local flavours MDNS and LLMNR by port): header,
 * questions and resource records with name decompression, Info like
 * "Standard query response 0x1a2b A example.com A 93.184.216.34".
 */
final class DnsDissector implements Dissector {
    /** The protocol this flavour shows as: dns, or mdns / llmnr, which Wireshark keeps apart but fills with dns.* fields. */
    private final FieldDef proto, dnsProto, mdnsProto, llmnrProto, length, id, flags, flagResponse, flagOpcode, flagRcode, qdCount, anCount, nsCount,
            arCount, qryName, qryType, qryClass, respName, respType, respClass, respTtl, a, aaaa, cname, ptr, ns;
    private final String column;
    private final boolean tcp;

    DnsDissector(FieldRegistry r) {
        proto = dnsProto = r.protocol("dns", "Domain Name System");
        mdnsProto = r.protocol("mdns", "Multicast Domain Name System");
        llmnrProto = r.protocol("llmnr", "Link-local Multicast Name Resolution");
        length = r.register("dns.length", "Length", FieldType.UINT16, Base.DEC, 0, "Length of DNS-over-TCP request or response");
        id = r.register("dns.id", "Transaction ID", FieldType.UINT16, Base.HEX, 0, "Identification of transaction");
        flags = r.register("dns.flags", "Flags", FieldType.UINT16, Base.HEX, 0, "");
        flagResponse = r.register("dns.flags.response", "Response", FieldType.BOOLEAN, Base.NONE, 0x8000,
                "Is the message a response?");
        flagOpcode = r.register("dns.flags.opcode", "Opcode", FieldType.UINT16, Base.DEC, 0x7800, "Operation code");
        flagRcode = r.register("dns.flags.rcode", "Reply code", FieldType.UINT16, Base.DEC, 0xf, "");
        qdCount = r.register("dns.count.queries", "Questions", FieldType.UINT16, Base.DEC, 0, "");
        anCount = r.register("dns.count.answers", "Answer RRs", FieldType.UINT16, Base.DEC, 0, "");
        nsCount = r.register("dns.count.auth_rr", "Authority RRs", FieldType.UINT16, Base.DEC, 0, "");
        arCount = r.register("dns.count.add_rr", "Additional RRs", FieldType.UINT16, Base.DEC, 0, "");
        qryName = r.register("dns.qry.name", "Name", FieldType.STRING, Base.NONE, 0, "Query Name");
        qryType = r.register("dns.qry.type", "Type", FieldType.UINT16, Base.DEC, 0, "Query Type");
        qryClass = r.register("dns.qry.class", "Class", FieldType.UINT16, Base.HEX, 0, "Query Class");
        respName = r.register("dns.resp.name", "Name", FieldType.STRING, Base.NONE, 0, "Response Name");
        respType = r.register("dns.resp.type", "Type", FieldType.UINT16, Base.DEC, 0, "Response Type");
        respClass = r.register("dns.resp.class", "Class", FieldType.UINT16, Base.HEX, 0, "Response Class");
        respTtl = r.register("dns.resp.ttl", "Time to live", FieldType.UINT32, Base.DEC, 0, "Response TTL");
        a = r.register("dns.a", "Address", FieldType.IPV4, Base.NONE, 0, "Response Address");
        aaaa = r.register("dns.aaaa", "AAAA Address", FieldType.IPV6, Base.NONE, 0, "AAAA Response Address");
        cname = r.register("dns.cname", "CNAME", FieldType.STRING, Base.NONE, 0, "Response Primary Name");
        ptr = r.register("dns.ptr.domain_name", "Domain Name", FieldType.STRING, Base.NONE, 0, "");
        ns = r.register("dns.ns", "Name Server", FieldType.STRING, Base.NONE, 0, "");
        column = "DNS";
        tcp = false;
    }

    private DnsDissector(DnsDissector base, String column, boolean tcp) {
        dnsProto = base.dnsProto; mdnsProto = base.mdnsProto; llmnrProto = base.llmnrProto;
        proto = switch (column) {
            case "MDNS" -> mdnsProto;
            case "LLMNR" -> llmnrProto;
            default -> dnsProto;
        };
        length = base.length; id = base.id; flags = base.flags; flagResponse = base.flagResponse;
        flagOpcode = base.flagOpcode; flagRcode = base.flagRcode; qdCount = base.qdCount; anCount = base.anCount;
        nsCount = base.nsCount; arCount = base.arCount; qryName = base.qryName; qryType = base.qryType;
        qryClass = base.qryClass; respName = base.respName; respType = base.respType; respClass = base.respClass;
        respTtl = base.respTtl; a = base.a; aaaa = base.aaaa; cname = base.cname; ptr = base.ptr; ns = base.ns;
        this.column = column;
        this.tcp = tcp;
    }

    /** The same dissector showing {@code column} in the Protocol column ("MDNS", "LLMNR"), or over TCP. */
    DnsDissector flavour(String protocolColumn, boolean overTcp) {
        return new DnsDissector(this, protocolColumn, overTcp);
    }

    static String typeName(int t) {
        return switch (t) {
            case 1 -> "A";
            case 2 -> "NS";
            case 5 -> "CNAME";
            case 6 -> "SOA";
            case 12 -> "PTR";
            case 13 -> "HINFO";
            case 15 -> "MX";
            case 16 -> "TXT";
            case 28 -> "AAAA";
            case 32 -> "NB";
            case 33 -> "SRV";
            case 35 -> "NAPTR";
            case 41 -> "OPT";
            case 43 -> "DS";
            case 46 -> "RRSIG";
            case 47 -> "NSEC";
            case 48 -> "DNSKEY";
            case 64 -> "SVCB";
            case 65 -> "HTTPS";
            case 251 -> "IXFR";
            case 252 -> "AXFR";
            case 255 -> "ANY";
            default -> "Unknown (" + t + ")";
        };
    }

    static String rcodeName(int r) {
        return switch (r) {
            case 0 -> "No error";
            case 1 -> "Format error";
            case 2 -> "Server failure";
            case 3 -> "No such name";
            case 4 -> "Not implemented";
            case 5 -> "Refused";
            default -> "Unknown error";
        };
    }

    static String opcodeName(int o, boolean response) {
        String s = switch (o) {
            case 0 -> "Standard query";
            case 1 -> "Inverse query";
            case 2 -> "Server status request";
            case 4 -> "Zone change notification";
            case 5 -> "Dynamic update";
            default -> "Unknown operation (" + o + ")";
        };
        return response ? s + " response" : s;
    }

    /** A decoded name and where the name's bytes end in place (after the first pointer). */
    private record Name(String text, int next) { }

    private static Name name(Packet p, int base, int off, int cap) {
        StringBuilder sb = new StringBuilder(32);
        int q = off;
        int next = -1;
        int jumps = 0;
        while (true) {
            if (q >= cap) return null;
            int len = p.u8(q);
            if (len == 0) {
                q++;
                break;
            }
            if ((len & 0xc0) == 0xc0) {
                if (q + 1 >= cap || ++jumps > 64) return null;
                if (next < 0) next = q + 2;
                q = base + (((len & 0x3f) << 8) | p.u8(q + 1));
                continue;
            }
            if ((len & 0xc0) != 0 || q + 1 + len > cap) return null;
            if (sb.length() > 0) sb.append('.');
            for (int i = 0; i < len; i++) {
                int c = p.u8(q + 1 + i);
                if (c < 0x20 || c >= 0x7f) sb.append("\\").append(String.format("%03d", c));
                else sb.append((char) c);
            }
            q += 1 + len;
            if (sb.length() > 1024) return null;
        }
        return new Name(sb.length() == 0 ? "<Root>" : sb.toString(), next < 0 ? q : next);
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (tcp) {
            boolean first = true;
            int q = off;
            while (q + 2 <= cap) {
                int len = p.u16(q);
                if (!message(p, q + 2, Math.min(q + 2 + len, cap), parent, first, q)) {
                    return first ? -1 : end - off;
                }
                first = false;
                q += 2 + len;
            }
            return first ? -1 : end - off;
        }
        return message(p, off, cap, parent, true, -1) ? end - off : -1;
    }

    private boolean message(Packet p, int base, int cap, TreeNode parent, boolean first, int lengthOff) {
        if (base + 12 > cap) return false;
        int fl = p.u16(base + 2);
        boolean response = (fl & 0x8000) != 0;
        int opcode = (fl >> 11) & 0xf;
        int qd = p.u16(base + 4), an = p.u16(base + 6), nsc = p.u16(base + 8), ar = p.u16(base + 10);
        TreeNode node = p.protocol(parent, proto, lengthOff >= 0 ? lengthOff : base, cap - (lengthOff >= 0 ? lengthOff : base),
                proto.name() + " (" + (response ? "response" : "query") + ")");
        p.setProtocol(column);
        if (lengthOff >= 0) p.add(node, length, (long) p.u16(lengthOff), lengthOff, 2);
        int txid = p.u16(base);
        p.add(node, id, (long) txid, base, 2);
        TreeNode fn = p.add(node, flags, (long) fl, base + 2, 2);
        p.addBits(fn, flagResponse, fl, base + 2, 2, 16, null);
        p.addBits(fn, flagOpcode, fl, base + 2, 2, 16, null);
        if (response) p.addBits(fn, flagRcode, fl, base + 2, 2, 16, null);
        p.add(node, qdCount, (long) qd, base + 4, 2);
        p.add(node, anCount, (long) an, base + 6, 2);
        p.add(node, nsCount, (long) nsc, base + 8, 2);
        p.add(node, arCount, (long) ar, base + 10, 2);
        StringBuilder info = new StringBuilder(64);
        info.append(opcodeName(opcode, response)).append(' ').append(FieldFormatter.hexNumber(txid, 4));
        if (response && (fl & 0xf) != 0) info.append(' ').append(rcodeName(fl & 0xf));
        int q = base + 12;
        boolean ok = true;
        TreeNode queries = qd > 0 ? p.text(node, "Queries", q, 0) : null;
        for (int i = 0; i < qd && ok; i++) {
            Name n = name(p, base, q, cap);
            if (n == null || n.next() + 4 > cap) {
                ok = false;
                break;
            }
            int type = p.u16(n.next());
            TreeNode qn = p.text(queries, n.text() + ": type " + typeName(type), q, n.next() + 4 - q);
            p.add(qn, qryName, n.text(), q, n.next() - q, null);
            p.add(qn, qryType, (long) type, n.next(), 2);
            p.add(qn, qryClass, (long) p.u16(n.next() + 2), n.next() + 2, 2);
            info.append(' ').append(typeName(type)).append(' ').append(n.text());
            q = n.next() + 4;
        }
        int total = an + nsc + ar;
        TreeNode answers = total > 0 ? p.text(node, "Answers", q, 0) : null;
        for (int i = 0; i < total && ok; i++) {
            Name n = name(p, base, q, cap);
            if (n == null || n.next() + 10 > cap) break;
            int r = n.next();
            int type = p.u16(r);
            int rdLen = p.u16(r + 8);
            int rd = r + 10;
            if (rd + rdLen > cap) break;
            TreeNode rn = p.text(answers, n.text() + ": type " + typeName(type), q, rd + rdLen - q);
            p.add(rn, respName, n.text(), q, r - q, null);
            p.add(rn, respType, (long) type, r, 2);
            if (type != 41) {
                p.add(rn, respClass, (long) p.u16(r + 2), r + 2, 2);
                p.add(rn, respTtl, p.u32(r + 4), r + 4, 4);
            }
            info.append(' ').append(typeName(type));
            switch (type) {
                case 1 -> {
                    if (rdLen == 4) {
                        p.add(rn, a, p.u32(rd), rd, 4);
                        info.append(' ').append(FieldFormatter.ipv4(p.u32(rd)));
                    }
                }
                case 28 -> {
                    if (rdLen == 16) {
                        byte[] v6 = p.bytes(rd, 16);
                        p.add(rn, aaaa, v6, rd, 16, null);
                        info.append(' ').append(FieldFormatter.ipv6(v6, 0));
                    }
                }
                case 2, 5, 12 -> {
                    Name target = name(p, base, rd, cap);
                    if (target != null) {
                        p.add(rn, type == 5 ? cname : type == 12 ? ptr : ns, target.text(), rd, rdLen, null);
                        info.append(' ').append(target.text());
                    }
                }
                case 6 -> {
                    Name m = name(p, base, rd, cap);
                    if (m != null) info.append(' ').append(m.text());
                }
                case 15 -> {
                    Name m = rdLen > 2 ? name(p, base, rd + 2, cap) : null;
                    if (m != null) info.append(' ').append(p.u16(rd)).append(' ').append(m.text());
                }
                case 33 -> {
                    Name m = rdLen > 6 ? name(p, base, rd + 6, cap) : null;
                    if (m != null) {
                        info.append(' ').append(p.u16(rd)).append(' ').append(p.u16(rd + 2)).append(' ')
                                .append(p.u16(rd + 4)).append(' ').append(m.text());
                    }
                }
                default -> { }
            }
            q = rd + rdLen;
        }
        if (first) p.setInfo(info.toString());
        else p.appendInfo(", " + info);
        return true;
    }
}
