package org.resetlens.dissect;

/**
 * NetBIOS Session Service (TCP 139, and the 4-byte length header of direct SMB on 445): one or more
 * session messages per call, their payload handed to SMB or SMB2 by its protocol id.
 */
final class NbssDissector implements Dissector {
    private final FieldDef proto, type, flags, length;
    private Dissector smb1, smb2;

    NbssDissector(FieldRegistry r) {
        proto = r.protocol("nbss", "NetBIOS Session Service");
        type = r.register("nbss.type", "Message Type", FieldType.UINT8, Base.HEX, 0, "NBSS message type");
        flags = r.register("nbss.flags", "Flags", FieldType.UINT8, Base.HEX, 0, "");
        length = r.register("nbss.length", "Length", FieldType.UINT24, Base.DEC, 0,
                "Length of trailer (payload) following this field in bytes");
    }

    void payloads(Dissector smb1Dissector, Dissector smb2Dissector) {
        smb1 = smb1Dissector;
        smb2 = smb2Dissector;
    }

    static String typeName(int t) {
        return switch (t) {
            case 0x00 -> "Session message";
            case 0x81 -> "Session request";
            case 0x82 -> "Positive session response";
            case 0x83 -> "Negative session response";
            case 0x84 -> "Retarget session response";
            case 0x85 -> "Session keep-alive";
            default -> "Unknown";
        };
    }

    /** The length of the NBSS message at {@code off} (header included), or -1 when it does not look like one. */
    static int messageLength(int t, int b1, int b2, int b3, boolean direct) {
        if (direct) {
            if (t != 0x00) return -1;
            return 4 + ((b1 << 16) | (b2 << 8) | b3);
        }
        if (typeName(t).equals("Unknown") || (b1 & 0xfe) != 0) return -1;
        return 4 + (((b1 & 1) << 16) | (b2 << 8) | b3);
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (!p.has(off, 4)) return -1;
        boolean first = true;
        int q = off;
        while (q + 4 <= cap) {
            int t = p.u8(q);
            boolean direct = t == 0 && (p.u8(q + 1) & 0xfe) != 0;
            int total = messageLength(t, p.u8(q + 1), p.u8(q + 2), p.u8(q + 3), direct);
            if (total < 0) {
                if (first) return -1;
                break;
            }
            int len = total - 4;
            int msgEnd = Math.min(end, q + total);
            TreeNode node = p.protocol(parent, proto, q, Math.min(total, cap - q), "NetBIOS Session Service");
            p.add(node, type, (long) t, q, 1, p.labels() ? "Message Type: " + typeName(t) + " (0x"
                    + FieldFormatter.hexNumber(t, 2).substring(2) + ")" : null);
            if (!direct) p.add(node, flags, (long) p.u8(q + 1), q + 1, 1);
            p.add(node, length, (long) len, direct ? q + 1 : q + 2, direct ? 3 : 2);
            int payload = q + 4;
            boolean handed = false;
            if (t == 0x00 && payload + 4 <= cap && p.u8(payload + 1) == 'S' && p.u8(payload + 2) == 'M'
                    && p.u8(payload + 3) == 'B') {
                int id = p.u8(payload);
                Packet c = p.child(p.data());
                int n = -1;
                if (id == 0xff) n = smb1.dissect(c, payload, msgEnd, null);
                else if (id == 0xfe || id == 0xfd) n = smb2.dissect(c, payload, msgEnd, null);
                if (n >= 0) {
                    handed = true;
                    p.appendProtocolName(c.protocolsInFrame());
                    p.setProtocol(c.protocolColumn());
                    if (first) p.setInfo(c.infoColumn());
                    else p.appendInfo(", " + c.infoColumn());
                }
            }
            if (!handed) {
                p.setProtocol("NBSS");
                String info = t == 0 ? "Session message" : typeName(t);
                if (first) p.setInfo(info);
                else p.appendInfo(", " + info);
            }
            first = false;
            if (total > end - q) break;
            q += total;
        }
        return end - off;
    }
}
