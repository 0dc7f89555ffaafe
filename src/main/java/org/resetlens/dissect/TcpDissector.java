package org.resetlens.dissect;

/**
 * TCP: header, flags, options, the Info column ({@code 3372 → 80 [SYN] Seq=0 Win=8760 Len=0 MSS=1460}),
 * then the payload to a port-registered application dissector or as data. Stream numbers, relative
 * numbers and {@code tcp.analysis.*} come from {@link FrameAnalysis} (registered here, added by the model).
 */
final class TcpDissector implements Dissector {
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};
    private static final char[] FLAG_CHARS = {'F', 'S', 'R', 'P', 'A', 'U', 'E', 'C', 'N'};

    private final FieldDef proto, srcport, dstport, port, len, seqRaw, ackRaw, hdrLen, flags, flagRes, flagAe,
            flagCwr, flagEce, flagUrg, flagAck, flagPush, flagReset, flagSyn, flagFin, flagStr, windowValue,
            checksum, checksumStatus, urgent, options, optionKind, optionLen, optNop, optEol, optMss, mssVal,
            optWscale, wscaleShift, wscaleMultiplier, optSackPerm, optSack, sackLe, sackRe, sackCount, optTs,
            tsval, tsecr, optUnknown, unknownPayload, payload, resetCause;

    TcpDissector(FieldRegistry r) {
        proto = r.protocol("tcp", "Transmission Control Protocol");
        srcport = r.register("tcp.srcport", "Source Port", FieldType.UINT16, Base.PT_TCP, 0, "");
        dstport = r.register("tcp.dstport", "Destination Port", FieldType.UINT16, Base.PT_TCP, 0, "");
        port = r.register("tcp.port", "Source or Destination Port", FieldType.UINT16, Base.PT_TCP, 0, "");
        len = r.register("tcp.len", "TCP Segment Len", FieldType.UINT32, Base.DEC, 0, "");
        seqRaw = r.register("tcp.seq_raw", "Sequence Number (raw)", FieldType.UINT32, Base.DEC, 0,
                "This shows the raw value of the sequence number");
        ackRaw = r.register("tcp.ack_raw", "Acknowledgment number (raw)", FieldType.UINT32, Base.DEC, 0,
                "This shows the raw value of the acknowledgment number");
        hdrLen = r.register("tcp.hdr_len", "Header Length", FieldType.UINT8, Base.DEC, 0, "Data offset in 32-bit words");
        flags = r.register("tcp.flags", "Flags", FieldType.UINT16, Base.HEX, 0xfff, "Flags (12 bits)");
        flagRes = r.register("tcp.flags.res", "Reserved", FieldType.BOOLEAN, Base.NONE, 0xe00, "");
        flagAe = r.register("tcp.flags.ae", "Accurate ECN", FieldType.BOOLEAN, Base.NONE, 0x100, "");
        flagCwr = r.register("tcp.flags.cwr", "Congestion Window Reduced", FieldType.BOOLEAN, Base.NONE, 0x80, "");
        flagEce = r.register("tcp.flags.ece", "ECN-Echo", FieldType.BOOLEAN, Base.NONE, 0x40, "");
        flagUrg = r.register("tcp.flags.urg", "Urgent", FieldType.BOOLEAN, Base.NONE, 0x20, "");
        flagAck = r.register("tcp.flags.ack", "Acknowledgment", FieldType.BOOLEAN, Base.NONE, 0x10, "");
        flagPush = r.register("tcp.flags.push", "Push", FieldType.BOOLEAN, Base.NONE, 0x8, "");
        flagReset = r.register("tcp.flags.reset", "Reset", FieldType.BOOLEAN, Base.NONE, 0x4, "");
        flagSyn = r.register("tcp.flags.syn", "Syn", FieldType.BOOLEAN, Base.NONE, 0x2, "");
        flagFin = r.register("tcp.flags.fin", "Fin", FieldType.BOOLEAN, Base.NONE, 0x1, "");
        flagStr = r.register("tcp.flags.str", "TCP Flags", FieldType.STRING, Base.NONE, 0, "");
        windowValue = r.register("tcp.window_size_value", "Window", FieldType.UINT16, Base.DEC, 0,
                "The window size value from the TCP header");
        checksum = r.register("tcp.checksum", "Checksum", FieldType.UINT16, Base.HEX, 0, "");
        checksumStatus = r.register("tcp.checksum.status", "Checksum Status", FieldType.UINT8, Base.NONE, 0, "");
        urgent = r.register("tcp.urgent_pointer", "Urgent Pointer", FieldType.UINT16, Base.DEC, 0, "");
        options = r.register("tcp.options", "TCP Options", FieldType.BYTES, Base.NONE, 0, "");
        optionKind = r.register("tcp.option_kind", "Kind", FieldType.UINT8, Base.DEC, 0, "");
        optionLen = r.register("tcp.option_len", "Length", FieldType.UINT8, Base.DEC, 0, "");
        optNop = r.protocol("tcp.options.nop", "TCP Option - No-Operation (NOP)");
        optEol = r.protocol("tcp.options.eol", "TCP Option - End of Option List (EOL)");
        optMss = r.protocol("tcp.options.mss", "TCP Option - Maximum segment size");
        mssVal = r.register("tcp.options.mss_val", "MSS Value", FieldType.UINT16, Base.DEC, 0, "");
        optWscale = r.protocol("tcp.options.wscale", "TCP Option - Window scale");
        wscaleShift = r.register("tcp.options.wscale.shift", "Shift count", FieldType.UINT8, Base.DEC, 0,
                "Logarithmically encoded power of 2 scale factor");
        wscaleMultiplier = r.register("tcp.options.wscale.multiplier", "Multiplier", FieldType.UINT16, Base.DEC, 0,
                "Multiply segment window size by this for scaled window size");
        optSackPerm = r.protocol("tcp.options.sack_perm", "TCP Option - SACK permitted");
        optSack = r.protocol("tcp.options.sack", "TCP Option - SACK");
        sackLe = r.register("tcp.options.sack_le", "TCP SACK Left Edge", FieldType.UINT32, Base.DEC, 0, "");
        sackRe = r.register("tcp.options.sack_re", "TCP SACK Right Edge", FieldType.UINT32, Base.DEC, 0, "");
        sackCount = r.register("tcp.options.sack.count", "TCP SACK Count", FieldType.UINT8, Base.DEC, 0, "");
        optTs = r.protocol("tcp.options.timestamp", "TCP Option - Timestamps");
        tsval = r.register("tcp.options.timestamp.tsval", "Timestamp value", FieldType.UINT32, Base.DEC, 0,
                "Value of sending machine's timestamp clock");
        tsecr = r.register("tcp.options.timestamp.tsecr", "Timestamp echo reply", FieldType.UINT32, Base.DEC, 0,
                "Echoed timestamp from remote machine");
        optUnknown = r.protocol("tcp.options.unknown", "TCP Option - Unknown");
        unknownPayload = r.register("tcp.options.unknown.payload", "Payload", FieldType.BYTES, Base.NONE, 0, "");
        payload = r.register("tcp.payload", "TCP payload", FieldType.BYTES, Base.NONE, 0,
                "The TCP payload of this packet");
        resetCause = r.register("tcp.reset_cause", "Reset cause", FieldType.STRING, Base.NONE, 0, "");
        TcpAnalysisFields.register(r);
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        if (!p.has(off, 20)) return -1;
        int sp = p.u16(off), dp = p.u16(off + 2);
        p.setPorts(sp, dp);
        long seq = p.u32(off + 4), ack = p.u32(off + 8);
        int word = p.u16(off + 12);
        int hl = (word >> 12) * 4;
        int fl = word & 0xfff;
        int win = p.u16(off + 14);
        int ipLen = p.ipPayloadLength >= 0 ? p.ipPayloadLength : end - off;
        int segLen = Math.max(0, ipLen - hl);
        FrameAnalysis.TcpInfoFacts facts = p.columnsWritable() ? p.analysis().tcpInfo(p.frame()) : null;
        long showSeq = facts != null ? facts.seq() : seq;
        long showAck = facts != null ? facts.ack() : ack;

        StringBuilder label = new StringBuilder(96).append("Transmission Control Protocol, Src Port: ").append(sp)
                .append(", Dst Port: ").append(dp).append(", Seq: ").append(showSeq);
        if ((fl & 0x10) != 0) label.append(", Ack: ").append(showAck);
        label.append(", Len: ").append(segLen);
        TreeNode node = p.protocol(parent, proto, off, Math.max(20, Math.min(hl, 60)), label.toString());
        p.setProtocol("TCP");

        p.add(node, srcport, (long) sp, off, 2);
        p.add(node, dstport, (long) dp, off + 2, 2);
        p.hidden(port, (long) sp, off, 2);
        p.hidden(port, (long) dp, off + 2, 2);
        if (p.columnsWritable()) p.analysis().decorateTcp(p.frame(), p.dissection(), node);
        p.generated(node, len, (long) segLen, null);
        p.add(node, seqRaw, seq, off + 4, 4);
        p.add(node, ackRaw, ack, off + 8, 4);
        if (hl < 20) {
            p.add(node, hdrLen, (long) hl, off + 12, 1, p.labels() ? Ipv4Dissector.nibble(word >> 12)
                    + " .... = Header Length: " + hl + " bytes (" + (hl / 4) + ") [bogus, must be at least 20]" : null);
            p.dissection().markMalformed();
            p.setInfo(sp + " → " + dp + " [BOGUS TCP HEADER LENGTH " + hl + ", MUST BE AT LEAST 20]");
            return end - off;
        }
        p.add(node, hdrLen, (long) hl, off + 12, 1, p.labels() ? Ipv4Dissector.nibble(word >> 12)
                + " .... = Header Length: " + hl + " bytes (" + (hl / 4) + ")" : null);
        String flagText = flagNames(fl);
        TreeNode fn = p.add(node, flags, (long) fl, off + 12, 2, p.labels()
                ? "Flags: " + FieldFormatter.hexNumber(fl, 3) + " (" + flagText + ")" : null);
        for (FieldDef f : new FieldDef[] {flagRes, flagAe, flagCwr, flagEce, flagUrg, flagAck, flagPush, flagReset,
                flagSyn, flagFin}) {
            p.addBits(fn, f, fl, off + 12, 2, 12, null);
        }
        String str = flagString(fl);
        p.generated(fn, flagStr, str, "TCP Flags: " + str);
        p.add(node, windowValue, (long) win, off + 14, 2);
        int ck = p.u16(off + 16);
        p.add(node, checksum, (long) ck, off + 16, 2, p.labels()
                ? "Checksum: " + FieldFormatter.hexNumber(ck, 4) + " [unverified]" : null);
        p.generated(node, checksumStatus, 2L, "Checksum Status: Unverified");
        p.add(node, urgent, (long) p.u16(off + 18), off + 18, 2);

        StringBuilder info = new StringBuilder(96);
        if (facts != null) info.append(facts.prefix());
        info.append(sp).append(" → ").append(dp).append(" [").append(flagText).append("] Seq=").append(showSeq);
        if ((fl & 0x10) != 0) info.append(" Ack=").append(showAck);
        info.append(" Win=").append(facts != null ? facts.windowSize() : win);
        if ((fl & 0x20) != 0) info.append(" Urg=").append(p.u16(off + 18));
        info.append(" Len=").append(segLen);
        long sackShift = facts != null ? ack - facts.ack() : 0;
        if (hl > 20) options(p, node, off + 20, off + hl, info, sackShift);
        if (facts != null) info.append(facts.suffix());
        p.setInfo(info.toString());

        int payloadOff = off + hl;
        int payloadEnd = Math.min(end, payloadOff + segLen);
        if (segLen > 0 && payloadOff < p.captured() && (fl & 0x04) != 0) {
            // Data on a reset is the peer's text reason (RFC 1122 4.2.2.12), not payload.
            int n = Math.min(payloadEnd, p.captured()) - payloadOff;
            String cause = new String(p.data(), payloadOff, n, java.nio.charset.StandardCharsets.ISO_8859_1);
            p.add(node, resetCause, cause, payloadOff, n, p.labels() ? "Reset cause: " + cause : null);
        } else if (segLen > 0 && payloadOff < p.captured()) {
            int n = Math.min(payloadEnd, p.captured()) - payloadOff;
            p.add(node, payload, p.bytes(payloadOff, n), payloadOff, n,
                    p.labels() ? "TCP payload (" + n + " byte" + (n == 1 ? "" : "s") + ")" : null);
            TreeNode appParent = p.columnsWritable() ? null : parent;
            FrameAnalysis.TcpApp app = p.columnsWritable() ? p.analysis().tcpApp(p.frame()) : null;
            if (app != null) {
                p.dissectors().dissectTcpApp(app, p, payloadOff, payloadEnd);
            } else if (p.columnsWritable() && payloadEnd <= p.captured()
                    && AppFraming.startsIncomplete(sp, dp, p.data(), payloadOff, payloadEnd)) {
                // Without the load pass, a PDU that continues in later segments reads as Wireshark shows it there.
                p.appendInfo(" [TCP segment of a reassembled PDU]");
            } else {
                int taken = p.dissectors().tcpPorts.dispatchPorts(sp, dp, p, payloadOff, payloadEnd, appParent);
                if (taken < 0) p.dissectors().data.dissect(p, payloadOff, payloadEnd, appParent);
            }
        } else if (p.columnsWritable()) {
            // A FIN can complete a PDU that ran until the connection closed (HTTP without a length).
            FrameAnalysis.TcpApp app = p.analysis().tcpApp(p.frame());
            if (app != null && !app.pdus().isEmpty()) p.dissectors().dissectTcpApp(app, p, payloadOff, payloadOff);
        }
        return end - off;
    }

    /** Decodes the options into the tree and appends their Info text (MSS=, WS=, SACK_PERM, TSval=, SLE=). */
    private void options(Packet p, TreeNode node, int start, int end, StringBuilder info, long sackShift) {
        int capEnd = Math.min(end, p.captured());
        if (start >= capEnd) return;
        String optsLabel = p.labels() ? "Options: (" + (end - start) + " bytes)" + optionNames(p, start, capEnd) : null;
        TreeNode opts = p.add(node, options, p.bytes(start, capEnd - start), start, end - start, optsLabel);
        int q = start;
        while (q < capEnd) {
            int kind = p.u8(q);
            if (kind == 0 || kind == 1) {
                TreeNode o = p.subProtocol(opts, kind == 0 ? optEol : optNop, q, 1, (kind == 0 ? optEol : optNop).name());
                p.add(o, optionKind, (long) kind, q, 1, p.labels()
                        ? kind == 0 ? "Kind: End of Option List (0)" : "Kind: No-Operation (1)" : null);
                q++;
                continue;
            }
            if (q + 1 >= capEnd) break;
            int ol = p.u8(q + 1);
            if (ol < 2 || q + ol > capEnd) break;
            switch (kind) {
                case 2 -> {
                    int mss = ol == 4 ? p.u16(q + 2) : -1;
                    TreeNode o = kindLen(p, opts, optMss, q, ol, "Maximum Segment Size",
                            mss >= 0 ? ": " + mss + " bytes" : "");
                    if (mss >= 0) {
                        p.add(o, mssVal, (long) mss, q + 2, 2);
                        info.append(" MSS=").append(mss);
                    }
                }
                case 3 -> {
                    int shift = ol == 3 ? p.u8(q + 2) : -1;
                    int mult = shift >= 0 ? 1 << Math.min(shift, 14) : 0;
                    TreeNode o = kindLen(p, opts, optWscale, q, ol, "Window Scale",
                            shift >= 0 ? ": " + shift + " (multiply by " + mult + ")" : "");
                    if (shift >= 0) {
                        p.add(o, wscaleShift, (long) shift, q + 2, 1);
                        p.generated(o, wscaleMultiplier, (long) mult, null);
                        info.append(" WS=").append(mult);
                    }
                }
                case 4 -> {
                    kindLen(p, opts, optSackPerm, q, ol, "SACK Permitted", "");
                    info.append(" SACK_PERM");
                }
                case 5 -> {
                    int blocks = (ol - 2) / 8;
                    TreeNode o = kindLen(p, opts, optSack, q, ol, "SACK", "");
                    for (int i = 0; i < blocks; i++) {
                        long le = p.u32(q + 2 + i * 8), re = p.u32(q + 6 + i * 8);
                        long rle = (le - sackShift) & 0xffffffffL, rre = (re - sackShift) & 0xffffffffL;
                        p.add(o, sackLe, rle, q + 2 + i * 8, 4);
                        p.add(o, sackRe, rre, q + 6 + i * 8, 4);
                        info.append(" SLE=").append(rle).append(" SRE=").append(rre);
                    }
                    p.generated(o, sackCount, (long) blocks, null);
                }
                case 8 -> {
                    long v = ol == 10 ? p.u32(q + 2) : 0, e = ol == 10 ? p.u32(q + 6) : 0;
                    TreeNode o = kindLen(p, opts, optTs, q, ol, "Time Stamp Option",
                            ol == 10 ? ": TSval " + v + ", TSecr " + e : "");
                    if (ol == 10) {
                        p.add(o, tsval, v, q + 2, 4);
                        p.add(o, tsecr, e, q + 6, 4);
                        info.append(" TSval=").append(v).append(" TSecr=").append(e);
                    }
                }
                default -> {
                    TreeNode o = kindLen(p, opts, optUnknown, q, ol, "Unknown", "");
                    if (ol > 2) {
                        p.add(o, unknownPayload, p.bytes(q + 2, ol - 2), q + 2, ol - 2,
                                p.labels() ? "Payload: " + FieldFormatter.hex(p.data(), q + 2, ol - 2) : null);
                    }
                }
            }
            q += ol;
        }
    }

    /** ", Maximum segment size, No-Operation (NOP), ..." for the options line. */
    private static String optionNames(Packet p, int q, int capEnd) {
        StringBuilder names = new StringBuilder();
        while (q < capEnd) {
            int kind = p.u8(q);
            names.append(", ").append(switch (kind) {
                case 0 -> "End of Option List (EOL)";
                case 1 -> "No-Operation (NOP)";
                case 2 -> "Maximum segment size";
                case 3 -> "Window scale";
                case 4 -> "SACK permitted";
                case 5 -> "SACK";
                case 8 -> "Timestamps";
                default -> "Unknown";
            });
            if (kind == 0 || kind == 1) {
                q++;
                continue;
            }
            if (q + 1 >= capEnd || p.u8(q + 1) < 2) break;
            q += p.u8(q + 1);
        }
        return names.toString();
    }

    private TreeNode kindLen(Packet p, TreeNode opts, FieldDef optProto, int q, int ol, String kindName,
                             String labelSuffix) {
        TreeNode o = p.subProtocol(opts, optProto, q, ol, optProto.name() + labelSuffix);
        int kind = p.u8(q);
        p.add(o, optionKind, (long) kind, q, 1, p.labels() ? "Kind: " + kindName + " (" + kind + ")" : null);
        p.add(o, optionLen, (long) ol, q + 1, 1);
        return o;
    }

    static String flagNames(int fl) {
        StringBuilder sb = new StringBuilder(24);
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((fl & (1 << i)) != 0) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(FLAG_NAMES[i]);
            }
        }
        if ((fl & 0xe00) != 0) {
            if (sb.length() > 0) sb.append(", ");
            sb.append("Reserved");
        }
        return sb.length() == 0 ? "<None>" : sb.toString();
    }

    /** {@code tcp.flags.str}: twelve characters, highest bit first, '·' for clear bits. */
    static String flagString(int fl) {
        char[] c = new char[12];
        for (int bit = 11; bit >= 0; bit--) {
            char on = bit >= 9 ? 'R' : FLAG_CHARS[bit];
            c[11 - bit] = (fl & (1 << bit)) != 0 ? on : '\u00b7';
        }
        return new String(c);
    }
}
