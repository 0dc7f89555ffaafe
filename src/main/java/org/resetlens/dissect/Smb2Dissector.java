package org.resetlens.dissect;

import java.nio.charset.StandardCharsets;

/**
 * SMB2/SMB3 (MS-SMB2): the 64-byte header of every command in a compound chain (NextCommand), the
 * command names Wireshark's Info column uses, and the bodies that carry the fields SPEC §2 names
 * (dialects, CREATE file names, tree paths, read/write lengths). Response times come from the
 * load pass's request/response pairing through {@link FrameAnalysis#appPeer}.
 */
final class Smb2Dissector implements Dissector {
    static final String[] COMMANDS = {"Negotiate Protocol", "Session Setup", "Session Logoff", "Tree Connect",
        "Tree Disconnect", "Create", "Close", "Flush", "Read", "Write", "Lock", "Ioctl", "Cancel", "KeepAlive",
        "Find", "Notify", "GetInfo", "SetInfo", "Break"};

    private final FieldDef proto, cmd, ntStatus, flags, flagResponse, flagAsync, nextCommand, msgId, pid,
            tid, aid, sesid, creditCharge, creditsRequested, creditsGranted, dialect, filename, tree, readLength,
            writeLength, fileOffset, responseTo, responseIn, time, encrypted;

    Smb2Dissector(FieldRegistry r) {
        proto = r.protocol("smb2", "SMB2 (Server Message Block Protocol version 2)");
        cmd = r.register("smb2.cmd", "Command", FieldType.UINT16, Base.DEC, 0, "SMB2 Command Opcode");
        ntStatus = r.register("smb2.nt_status", "NT Status", FieldType.UINT32, Base.HEX, 0, "NT Status code");
        flags = r.register("smb2.flags", "Flags", FieldType.UINT32, Base.HEX, 0, "");
        flagResponse = r.register("smb2.flags.response", "Response", FieldType.BOOLEAN, Base.NONE, 0x1,
                "Whether this is an SMB2 Request or Response");
        flagAsync = r.register("smb2.flags.async", "Async command", FieldType.BOOLEAN, Base.NONE, 0x2, "");
        nextCommand = r.register("smb2.chain_offset", "Chain Offset", FieldType.UINT32, Base.HEX, 0, "");
        msgId = r.register("smb2.msg_id", "Message ID", FieldType.UINT64, Base.DEC, 0, "");
        pid = r.register("smb2.pid", "Process Id", FieldType.UINT32, Base.HEX, 0, "");
        tid = r.register("smb2.tid", "Tree Id", FieldType.UINT32, Base.HEX, 0, "");
        aid = r.register("smb2.aid", "Async Id", FieldType.UINT64, Base.HEX, 0, "");
        sesid = r.register("smb2.sesid", "Session Id", FieldType.UINT64, Base.HEX, 0, "");
        creditCharge = r.register("smb2.credit.charge", "Credit Charge", FieldType.UINT16, Base.DEC, 0, "");
        creditsRequested = r.register("smb2.credits.requested", "Credits requested", FieldType.UINT16, Base.DEC, 0, "");
        creditsGranted = r.register("smb2.credits.granted", "Credits granted", FieldType.UINT16, Base.DEC, 0, "");
        dialect = r.register("smb2.dialect", "Dialect", FieldType.UINT16, Base.HEX, 0, "");
        filename = r.register("smb2.filename", "Filename", FieldType.STRING, Base.NONE, 0, "");
        tree = r.register("smb2.tree", "Tree", FieldType.STRING, Base.NONE, 0, "Name of the Tree/Share");
        readLength = r.register("smb2.read_length", "Read Length", FieldType.UINT32, Base.DEC, 0, "");
        writeLength = r.register("smb2.write_length", "Write Length", FieldType.UINT32, Base.DEC, 0, "");
        fileOffset = r.register("smb2.file_offset", "File Offset", FieldType.UINT64, Base.DEC, 0, "");
        responseTo = r.register("smb2.response_to", "Response to", FieldType.FRAMENUM, Base.NONE, 0, "");
        responseIn = r.register("smb2.response_in", "Response in", FieldType.FRAMENUM, Base.NONE, 0, "");
        time = r.register("smb2.time", "Time from request", FieldType.RELATIVE_TIME, Base.NONE, 0,
                "Time between Request and Response for SMB2 cmds");
        encrypted = r.register("smb2.header.transform.enc_data", "Encrypted data", FieldType.BYTES, Base.NONE, 0, "");
    }

    /** The Info name of a command ("Create"), or "Unknown" past the table. */
    static String commandName(int c) {
        return c >= 0 && c < COMMANDS.length ? COMMANDS[c] : "Unknown";
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (!p.has(off, 4) || p.u8(off + 1) != 'S' || p.u8(off + 2) != 'M' || p.u8(off + 3) != 'B') return -1;
        p.setProtocol("SMB2");
        if (p.u8(off) == 0xfd) {
            TreeNode node = p.protocol(parent, proto, off, cap - off, "SMB2 (Server Message Block Protocol version 2)");
            if (cap > off + 52) p.add(node, encrypted, p.bytes(off + 52, cap - off - 52), off + 52, cap - off - 52, null);
            p.setInfo("Encrypted SMB3");
            return end - off;
        }
        StringBuilder info = new StringBuilder(48);
        int h = off;
        while (true) {
            if (h + 64 > cap || p.u8(h) != 0xfe || p.u8(h + 1) != 'S') break;
            int next = (int) p.u32le(h + 20);
            int cmdEnd = next > 0 && h + next <= end ? h + next : end;
            if (info.length() > 0) info.append(';');
            command(p, h, cmdEnd, parent, info);
            if (next <= 0 || h + next + 64 > cap) break;
            h += next;
        }
        p.setInfo(info.toString());
        return end - off;
    }

    private void command(Packet p, int h, int end, TreeNode parent, StringBuilder info) {
        int cap = Math.min(end, p.captured());
        int c = p.u16le(h + 12);
        long status = p.u32le(h + 8);
        long fl = p.u32le(h + 16);
        boolean response = (fl & 1) != 0;
        boolean async = (fl & 2) != 0;
        long mid = p.u32le(h + 24) | (p.u32le(h + 28) << 32);
        TreeNode node = p.protocol(parent, proto, h, cap - h, "SMB2 (Server Message Block Protocol version 2)");
        TreeNode hn = p.text(node, "SMB2 Header", h, 64);
        p.add(hn, creditCharge, (long) p.u16le(h + 6), h + 6, 2);
        if (response) {
            p.addText(hn, ntStatus, status, h + 8, 4, NtStatus.name(status) + " (" + FieldFormatter.hexNumber(status, 8) + ")");
        }
        p.addText(hn, cmd, (long) c, h + 12, 2, commandName(c) + " (" + c + ")");
        p.add(hn, response ? creditsGranted : creditsRequested, (long) p.u16le(h + 14), h + 14, 2);
        TreeNode fn = p.add(hn, flags, fl, h + 16, 4);
        p.addBits(fn, flagResponse, fl, h + 16, 4, 32, null);
        p.addBits(fn, flagAsync, fl, h + 16, 4, 32, null);
        p.add(hn, nextCommand, p.u32le(h + 20), h + 20, 4);
        p.add(hn, msgId, mid, h + 24, 8);
        if (async) {
            p.add(hn, aid, p.u32le(h + 32) | (p.u32le(h + 36) << 32), h + 32, 8);
        } else {
            p.add(hn, pid, p.u32le(h + 32), h + 32, 4);
            p.add(hn, tid, p.u32le(h + 36), h + 36, 4);
        }
        p.add(hn, sesid, p.u32le(h + 40) | (p.u32le(h + 44) << 32), h + 40, 8);

        FrameAnalysis.AppPeer peer = p.analysis().appPeer(p.frame(), mid);
        if (peer != null) {
            if (response) {
                p.add(hn, responseTo, (long) peer.frame() + 1, 0, 0, p.labels() ? "[Response to: "
                        + (peer.frame() + 1) + "]" : null);
                p.generated(hn, time, peer.deltaNanos(), null);
            } else {
                p.add(hn, responseIn, (long) peer.frame() + 1, 0, 0, p.labels() ? "[Response in: "
                        + (peer.frame() + 1) + "]" : null);
            }
        }

        int b = h + 64;
        int structSize = b + 2 <= cap ? p.u16le(b) : 0;
        if (c == 18) {
            info.append(breakName(response, structSize));
        } else {
            info.append(commandName(c)).append(response ? " Response" : " Request");
        }
        if (response && status != 0) {
            info.append(", Error: ").append(NtStatus.name(status));
            if (structSize == 9) return;
        }
        body(p, node, c, response, h, b, cap, info);
    }

    private static String breakName(boolean response, int structSize) {
        if (structSize == 44) return "Lease Break Notification";
        if (structSize == 36) return response ? "Lease Break Response" : "Lease Break Acknowledgment";
        return response ? "Break Response" : "Break Request";
    }

    private void body(Packet p, TreeNode node, int c, boolean response, int h, int b, int cap, StringBuilder info) {
        switch (c) {
            case 0 -> {
                if (!response && b + 36 <= cap) {
                    int n = p.u16le(b + 2);
                    for (int i = 0; i < n && b + 36 + i * 2 + 2 <= cap; i++) {
                        p.add(node, dialect, (long) p.u16le(b + 36 + i * 2), b + 36 + i * 2, 2);
                    }
                } else if (response && b + 6 <= cap) {
                    p.add(node, dialect, (long) p.u16le(b + 4), b + 4, 2);
                }
            }
            case 3 -> {
                if (!response && b + 8 <= cap) {
                    String path = utf16(p, h + p.u16le(b + 4), p.u16le(b + 6), cap);
                    if (path != null) {
                        p.add(node, tree, path, h + p.u16le(b + 4), p.u16le(b + 6), null);
                        info.append(" Tree: ").append(path);
                    }
                }
            }
            case 5 -> {
                if (response && b + 88 <= cap) {
                    String name = p.analysis().smb2FileName(p.frame(), p.u32le(h + 24) | (p.u32le(h + 28) << 32), -1, -1);
                    if (name != null) info.append(" File: ").append(name);
                    createContexts(p, node, h, h + (int) p.u32le(b + 80), (int) p.u32le(b + 84), cap);
                }
                if (!response && b + 48 <= cap) {
                    int nameOff = h + p.u16le(b + 44);
                    int nameLen = p.u16le(b + 46);
                    String name = nameLen == 0 ? "" : utf16(p, nameOff, nameLen, cap);
                    if (name != null) {
                        p.add(node, filename, name, nameOff, nameLen, null);
                        info.append(" File: ").append(name);
                    }
                }
            }
            case 8, 9 -> {
                if (!response && b + 16 <= cap) {
                    long len = p.u32le(b + 4);
                    long fo = p.u32le(b + 8) | (p.u32le(b + 12) << 32);
                    p.add(node, c == 8 ? readLength : writeLength, len, b + 4, 4);
                    p.add(node, fileOffset, fo, b + 8, 8);
                    info.append(" Len:").append(len).append(" Off:").append(fo);
                    fileSuffix(p, b + 16, cap, info);
                }
            }
            case 6, 7, 15 -> {
                if (!response) fileSuffix(p, b + 8, cap, info);
            }
            default -> { }
        }
    }

    /** Appends " File: name" for the FileId at {@code at} when the load pass knows which file it is. */
    private static void fileSuffix(Packet p, int at, int cap, StringBuilder info) {
        if (at + 16 > cap) return;
        String name = p.analysis().smb2FileName(p.frame(), -1, p.u32le(at) | (p.u32le(at + 4) << 32),
                p.u32le(at + 8) | (p.u32le(at + 12) << 32));
        if (name != null) info.append(" File: ").append(name);
    }

    /**
     * The create contexts of a CREATE response; Apple's "AAPL" Resolve ID reply carries an NT status
     * that Wireshark adds as another {@code smb2.nt_status}.
     */
    private void createContexts(Packet p, TreeNode node, int h, int start, int length, int cap) {
        if (length <= 0 || start <= h) return;
        int q = start;
        int end = Math.min(cap, start + length);
        for (int guard = 0; guard < 32 && q + 16 <= end; guard++) {
            long next = p.u32le(q);
            int nameOff = q + p.u16le(q + 4), nameLen = p.u16le(q + 6);
            int dataOff = q + p.u16le(q + 10);
            long dataLen = p.u32le(q + 12);
            if (nameLen == 4 && nameOff + 4 <= end && p.u8(nameOff) == 'A' && p.u8(nameOff + 1) == 'A'
                    && p.u8(nameOff + 2) == 'P' && p.u8(nameOff + 3) == 'L' && dataLen >= 12 && dataOff + 12 <= end
                    && p.u32le(dataOff) == 2) {
                long st = p.u32le(dataOff + 8);
                p.addText(node, ntStatus, st, dataOff + 8, 4, NtStatus.name(st) + " (" + FieldFormatter.hexNumber(st, 8) + ")");
            }
            if (next <= 0) break;
            q += (int) next;
        }
    }

    /** A UTF-16LE string of {@code len} bytes at {@code off}, or null when it is not all captured. */
    static String utf16(Packet p, int off, int len, int cap) {
        if (off < 0 || len < 0 || off + len > cap) return null;
        return new String(p.data(), off, len & ~1, StandardCharsets.UTF_16LE);
    }
}
