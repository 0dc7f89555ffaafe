package org.resetlens.dissect;

/** UDP: header, Info ({@code 53 → 1025 Len=40}), then the payload to a port-registered dissector or as data. */
final class UdpDissector implements Dissector {
    private final FieldDef proto, srcport, dstport, port, length, checksum, checksumStatus, payload;

    UdpDissector(FieldRegistry r) {
        proto = r.protocol("udp", "User Datagram Protocol");
        srcport = r.register("udp.srcport", "Source Port", FieldType.UINT16, Base.PT_UDP, 0, "");
        dstport = r.register("udp.dstport", "Destination Port", FieldType.UINT16, Base.PT_UDP, 0, "");
        port = r.register("udp.port", "Source or Destination Port", FieldType.UINT16, Base.PT_UDP, 0, "");
        length = r.register("udp.length", "Length", FieldType.UINT16, Base.DEC, 0,
                "Length in octets including this header and the data");
        checksum = r.register("udp.checksum", "Checksum", FieldType.UINT16, Base.HEX, 0, "");
        checksumStatus = r.register("udp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, 0, "");
        // Filled by the model through FrameAnalysis.decorateUdp:
        r.register("udp.stream", "Stream index", FieldType.UINT32, Base.DEC, 0, "");
        r.register("udp.time_relative", "Time since first frame", FieldType.RELATIVE_TIME, Base.NONE, 0, "");
        r.register("udp.time_delta", "Time since previous frame", FieldType.RELATIVE_TIME, Base.NONE, 0, "");
        payload = r.register("udp.payload", "Payload", FieldType.BYTES, Base.NONE, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 8)) return -1;
        int sp = p.u16(off), dp = p.u16(off + 2), ul = p.u16(off + 4), ck = p.u16(off + 6);
        TreeNode node = p.protocol(parent, proto, off, 8,
                "User Datagram Protocol, Src Port: " + sp + ", Dst Port: " + dp);
        p.setProtocol("UDP");
        p.add(node, srcport, (long) sp, off, 2);
        p.add(node, dstport, (long) dp, off + 2, 2);
        p.hidden(port, (long) sp, off, 2);
        p.hidden(port, (long) dp, off + 2, 2);
        int ipLen = p.ipPayloadLength >= 0 ? p.ipPayloadLength : end - off;
        boolean bad = ul > ipLen;
        boolean tooShort = ul < 8 && ul != 0;
        p.add(node, length, (long) ul, off + 4, 2, p.labels() && bad
                ? "Length: " + ul + " (bogus, payload length " + ipLen + ")" : null);
        p.add(node, checksum, (long) ck, off + 6, 2, p.labels()
                ? "Checksum: " + FieldFormatter.hexNumber(ck, 4) + (ck == 0 ? " [zero-value ignored]" : " [unverified]")
                : null);
        p.generated(node, checksumStatus, ck == 0 ? 3L : 2L, ck == 0 ? "Checksum Status: Not present"
                : "Checksum Status: Unverified");
        if (p.columnsWritable()) p.analysis().decorateUdp(p.frame(), p.dissection(), node);
        int dataLen = bad || tooShort ? ipLen - 8 : (ul == 0 ? ipLen - 8 : ul - 8);
        if (bad) {
            p.setInfo(sp + " → " + dp + " [BAD UDP LENGTH " + ul + " > IP PAYLOAD LENGTH] Len=" + (ul - 8));
        } else {
            p.setInfo(sp + " → " + dp + " Len=" + Math.max(0, dataLen));
        }
        int payloadOff = off + 8;
        int payloadEnd = Math.min(end, payloadOff + Math.max(0, dataLen));
        int n = Math.min(payloadEnd, p.captured()) - payloadOff;
        if (n > 0) {
            p.add(node, payload, p.bytes(payloadOff, n), payloadOff, n,
                    p.labels() ? "UDP payload (" + n + " byte" + (n == 1 ? "" : "s") + ")" : null);
            TreeNode appParent = p.columnsWritable() ? null : parent;
            int taken = p.dissectors().udpPorts.dispatchPorts(sp, dp, p, payloadOff, payloadEnd, appParent);
            if (taken < 0) p.dissectors().data.dissect(p, payloadOff, payloadEnd, appParent);
        }
        return end - off;
    }
}
