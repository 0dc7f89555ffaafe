package org.resetlens.dissect;

/** ICMP: type/code/checksum, echo id/seq, and the quoted IP header of error messages (dissected again, inside). */
final class IcmpDissector implements Dissector {
    private final FieldDef proto, type, code, checksum, checksumStatus, ident, identLe, seq, seqLe, unused, mtu,
            gateway, respIn, respTo, respTime, noResp;

    IcmpDissector(FieldRegistry r) {
        proto = r.protocol("icmp", "Internet Control Message Protocol");
        type = r.register("icmp.type", "Type", FieldType.UINT8, Base.DEC, 0, "");
        code = r.register("icmp.code", "Code", FieldType.UINT8, Base.DEC, 0, "");
        checksum = r.register("icmp.checksum", "Checksum", FieldType.UINT16, Base.HEX, 0, "");
        checksumStatus = r.register("icmp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, 0, "");
        ident = r.register("icmp.ident", "Identifier (BE)", FieldType.UINT16, Base.DEC, 0, "");
        identLe = r.register("icmp.ident_le", "Identifier (LE)", FieldType.UINT16, Base.DEC, 0, "");
        seq = r.register("icmp.seq", "Sequence Number (BE)", FieldType.UINT16, Base.DEC, 0, "");
        seqLe = r.register("icmp.seq_le", "Sequence Number (LE)", FieldType.UINT16, Base.DEC, 0, "");
        unused = r.register("icmp.unused", "Unused", FieldType.BYTES, Base.NONE, 0, "");
        mtu = r.register("icmp.mtu", "MTU of next hop", FieldType.UINT16, Base.DEC, 0, "");
        gateway = r.register("icmp.redir_gw", "Gateway Address", FieldType.IPV4, Base.NONE, 0, "");
        respIn = r.register("icmp.resp_in", "Response frame", FieldType.FRAMENUM, Base.NONE, 0, "");
        respTo = r.register("icmp.resp_to", "Request frame", FieldType.FRAMENUM, Base.NONE, 0, "");
        respTime = r.register("icmp.resptime", "Response time", FieldType.DOUBLE, Base.NONE, 0, "");
        noResp = r.register("icmp.no_resp", "No response seen", FieldType.NONE, Base.NONE, 0, "");
    }

    static String typeName(int t) {
        return switch (t) {
            case 0 -> "Echo (ping) reply";
            case 3 -> "Destination unreachable";
            case 4 -> "Source quench (flow control)";
            case 5 -> "Redirect";
            case 8 -> "Echo (ping) request";
            case 9 -> "Router advertisement";
            case 10 -> "Router solicitation";
            case 11 -> "Time-to-live exceeded";
            case 12 -> "Parameter problem";
            case 13 -> "Timestamp request";
            case 14 -> "Timestamp reply";
            case 17 -> "Address mask request";
            case 18 -> "Address mask reply";
            default -> "Unknown ICMP (obsolete or malformed?)";
        };
    }

    static String codeName(int t, int c) {
        return switch (t) {
            case 3 -> switch (c) {
                case 0 -> "Network unreachable";
                case 1 -> "Host unreachable";
                case 2 -> "Protocol unreachable";
                case 3 -> "Port unreachable";
                case 4 -> "Fragmentation needed";
                case 5 -> "Source route failed";
                case 6 -> "Destination network unknown";
                case 7 -> "Destination host unknown";
                case 9 -> "Network administratively prohibited";
                case 10 -> "Host administratively prohibited";
                case 13 -> "Communication administratively filtered";
                default -> "Unknown code";
            };
            case 5 -> switch (c) {
                case 0 -> "Redirect for network";
                case 1 -> "Redirect for host";
                case 2 -> "Redirect for TOS and network";
                case 3 -> "Redirect for TOS and host";
                default -> "Unknown code";
            };
            case 11 -> c == 0 ? "Time to live exceeded in transit" : c == 1 ? "Fragment reassembly time exceeded"
                    : "Unknown code";
            case 12 -> c == 0 ? "Pointer indicates the error" : c == 1 ? "Required option missing" : c == 2
                    ? "Bad length" : "Unknown code";
            default -> null;
        };
    }

    private static boolean isError(int t) {
        return t == 3 || t == 4 || t == 5 || t == 11 || t == 12;
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 4)) return -1;
        int t = p.u8(off), c = p.u8(off + 1), ck = p.u16(off + 2);
        TreeNode node = p.protocol(parent, proto, off, Math.min(end, p.captured()) - off,
                "Internet Control Message Protocol");
        p.setProtocol("ICMP");
        String tn = typeName(t), cn = codeName(t, c);
        p.add(node, type, (long) t, off, 1, p.labels() ? "Type: " + t + " (" + tn + ")" : null);
        p.add(node, code, (long) c, off + 1, 1, p.labels() && cn != null ? "Code: " + c + " (" + cn + ")" : null);
        p.add(node, checksum, (long) ck, off + 2, 2, p.labels()
                ? "Checksum: " + FieldFormatter.hexNumber(ck, 4) + " [unverified]" : null);
        p.generated(node, checksumStatus, 2L, "Checksum Status: Unverified");
        StringBuilder info = new StringBuilder(64).append(String.format("%-20s", tn));
        if (cn != null) info.append(" (").append(cn).append(')');
        if ((t == 0 || t == 8 || t == 13 || t == 14 || t == 17 || t == 18) && p.has(off + 4, 4)) {
            int id = p.u16(off + 4), sq = p.u16(off + 6);
            int idLe = Integer.reverseBytes(id) >>> 16, sqLe = Integer.reverseBytes(sq) >>> 16;
            p.add(node, ident, (long) id, off + 4, 2, p.labels() ? "Identifier (BE): " + id + " ("
                    + FieldFormatter.hexNumber(id, 4) + ")" : null);
            p.add(node, identLe, (long) idLe, off + 4, 2, p.labels() ? "Identifier (LE): " + idLe + " ("
                    + FieldFormatter.hexNumber(idLe, 4) + ")" : null);
            p.add(node, seq, (long) sq, off + 6, 2, p.labels() ? "Sequence Number (BE): " + sq + " ("
                    + FieldFormatter.hexNumber(sq, 4) + ")" : null);
            p.add(node, seqLe, (long) sqLe, off + 6, 2, p.labels() ? "Sequence Number (LE): " + sqLe + " ("
                    + FieldFormatter.hexNumber(sqLe, 4) + ")" : null);
            if (t == 0 || t == 8) {
                info.append(" id=").append(FieldFormatter.hexNumber(id, 4)).append(", seq=").append(sq).append('/')
                        .append(sqLe).append(", ttl=").append(p.ipTtl);
                info.append(pair(p, node, t == 8, false, id, sq, respIn, respTo, respTime, noResp));
            }
            p.setInfo(info.toString());
            if (p.has(off + 8, 1) && end > off + 8) p.dissectors().data.dissect(p, off + 8, end, node);
        } else if (isError(t) && p.has(off + 4, 4)) {
            if (t == 5) {
                p.add(node, gateway, p.u32(off + 4), off + 4, 4, null);
            } else if (t == 3 && c == 4) {
                p.add(node, unused, p.bytes(off + 4, 2), off + 4, 2, p.labels() ? "Unused: "
                        + FieldFormatter.hex(p.data(), off + 4, 2) : null);
                p.add(node, mtu, (long) p.u16(off + 6), off + 6, 2);
            } else {
                p.add(node, unused, p.bytes(off + 4, 4), off + 4, 4, p.labels() ? "Unused: "
                        + FieldFormatter.hex(p.data(), off + 4, 4) : null);
            }
            p.setInfo(info.toString());
            quoted(p, node, off + 8, end, 0x0800);
        } else {
            p.setInfo(info.toString());
            if (end > off + 4 && p.has(off + 4, 1)) p.dissectors().data.dissect(p, off + 4, end, node);
        }
        return end - off;
    }

    /**
     * Finds the echo counterpart, adds the response fields and returns the Info suffix
     * (" (reply in N)", " (request in N)", " (no response found!)" or "").
     */
    static String pair(Packet p, TreeNode node, boolean request, boolean v6, int id, int sq, FieldDef respIn,
                       FieldDef respTo, FieldDef respTime, FieldDef noResp) {
        if (p.index() == null || !p.columnsWritable() || p.ipSrc == null) return "";
        int other = EchoMatcher.counterpart(p.index(), p.frame(), request, v6, id, sq, p.ipSrc, p.ipDst);
        if (request) {
            if (other < 0) {
                p.generated(node, noResp, null, "No response seen");
                return " (no response found!)";
            }
            p.dissection().add(node, respIn, (long) (other + 1), 0, 0, "[Response frame: " + (other + 1) + "]", other);
            return " (reply in " + (other + 1) + ")";
        }
        if (other < 0) return "";
        p.dissection().add(node, respTo, (long) (other + 1), 0, 0, "[Request frame: " + (other + 1) + "]", other);
        long nanos = p.index().timeNanos(p.frame()) - p.index().timeNanos(other);
        double ms = nanos / 1e6;
        p.generated(node, respTime, ms, "Response time: " + FieldFormatter.formatDouble(ms) + " ms");
        return " (request in " + (other + 1) + ")";
    }

    /** Dissects the packet quoted in an error message under {@code node}, leaving the columns alone. */
    static void quoted(Packet p, TreeNode node, int off, int end, int etherType) {
        if (!p.has(off, 1) || end <= off) return;
        int savedLen = p.ipPayloadLength;
        int savedTtl = p.ipTtl;
        p.ipPayloadLength = -1;
        p.enterQuoted();
        try {
            int n = p.dissectors().etherTypes.dispatch(etherType, p, off, end, node);
            if (n < 0) p.dissectors().data.dissect(p, off, end, node);
        } finally {
            p.exitQuoted();
            p.ipPayloadLength = savedLen;
            p.ipTtl = savedTtl;
        }
    }
}
