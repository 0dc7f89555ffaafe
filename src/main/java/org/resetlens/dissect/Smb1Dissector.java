package org.resetlens.dissect;

import java.util.Map;

/**
 * SMB (CIFS, version 1): the 32-byte header, the AndX chain (each link's command is another
 * {@code smb.cmd} occurrence, 0xff ending it, as Wireshark shows), and Info like
 * "Negotiate Protocol Request" or "Session Setup AndX Response, Error: STATUS_LOGON_FAILURE".
 */
final class Smb1Dissector implements Dissector {
    static final Map<Integer, String> COMMANDS = Map.ofEntries(
            Map.entry(0x00, "Create Directory"), Map.entry(0x01, "Delete Directory"), Map.entry(0x02, "Open"),
            Map.entry(0x03, "Create"), Map.entry(0x04, "Close"), Map.entry(0x05, "Flush"), Map.entry(0x06, "Delete"),
            Map.entry(0x07, "Rename"), Map.entry(0x08, "Query Information"), Map.entry(0x09, "Set Information"),
            Map.entry(0x0a, "Read"), Map.entry(0x0b, "Write"), Map.entry(0x0c, "Lock Byte Range"),
            Map.entry(0x0d, "Unlock Byte Range"), Map.entry(0x0e, "Create Temp"), Map.entry(0x0f, "Create New"),
            Map.entry(0x10, "Check Directory"), Map.entry(0x11, "Process Exit"), Map.entry(0x12, "Seek"),
            Map.entry(0x13, "Lock And Read"), Map.entry(0x14, "Write And Unlock"), Map.entry(0x1a, "Read Raw"),
            Map.entry(0x1d, "Write Raw"), Map.entry(0x22, "Set Information2"), Map.entry(0x23, "Query Information2"),
            Map.entry(0x24, "Locking AndX"), Map.entry(0x25, "Trans"), Map.entry(0x26, "Trans Secondary"),
            Map.entry(0x2b, "Echo"), Map.entry(0x2d, "Open AndX"), Map.entry(0x2e, "Read AndX"),
            Map.entry(0x2f, "Write AndX"), Map.entry(0x31, "Close and Tree Disconnect"), Map.entry(0x32, "Trans2"),
            Map.entry(0x33, "Trans2 Secondary"), Map.entry(0x34, "Find Close2"), Map.entry(0x70, "Tree Connect"),
            Map.entry(0x71, "Tree Disconnect"), Map.entry(0x72, "Negotiate Protocol"),
            Map.entry(0x73, "Session Setup AndX"), Map.entry(0x74, "Logoff AndX"), Map.entry(0x75, "Tree Connect AndX"),
            Map.entry(0x80, "Query Information Disk"), Map.entry(0x81, "Search"), Map.entry(0xa0, "NT Trans"),
            Map.entry(0xa1, "NT Trans Secondary"), Map.entry(0xa2, "NT Create AndX"), Map.entry(0xa4, "NT Cancel"),
            Map.entry(0xa5, "NT Rename"));

    private static final java.util.Set<Integer> ANDX = java.util.Set.of(0x24, 0x2d, 0x2e, 0x2f, 0x73, 0x74, 0x75, 0xa2);

    private final FieldDef proto, cmd, ntStatus, flags, flagResponse, flags2, tid, pid, uid, mid;

    Smb1Dissector(FieldRegistry r) {
        proto = r.protocol("smb", "SMB (Server Message Block Protocol)");
        cmd = r.register("smb.cmd", "SMB Command", FieldType.UINT8, Base.HEX, 0, "");
        ntStatus = r.register("smb.nt_status", "NT Status", FieldType.UINT32, Base.HEX, 0, "");
        flags = r.register("smb.flags", "Flags", FieldType.UINT8, Base.HEX, 0, "");
        flagResponse = r.register("smb.flags.response", "Request/Response", FieldType.BOOLEAN, Base.NONE, 0x80,
                "Is this a request or a response?");
        flags2 = r.register("smb.flags2", "Flags2", FieldType.UINT16, Base.HEX, 0, "");
        tid = r.register("smb.tid", "Tree ID", FieldType.UINT16, Base.DEC, 0, "");
        pid = r.register("smb.pid", "Process ID", FieldType.UINT16, Base.DEC, 0, "");
        uid = r.register("smb.uid", "User ID", FieldType.UINT16, Base.DEC, 0, "");
        mid = r.register("smb.mid", "Multiplex ID", FieldType.UINT16, Base.DEC, 0, "");
    }

    static String commandName(int c) {
        String n = COMMANDS.get(c);
        return n != null ? n : "Unknown";
    }

    /** True when an SMB1 header ({@code 0xFF 'S' 'M' 'B'}) starts at {@code q}, before {@code cap}. */
    static boolean startsAt(Packet p, int q, int cap) {
        return q + 4 <= cap && p.u8(q) == 0xff && p.u8(q + 1) == 'S' && p.u8(q + 2) == 'M' && p.u8(q + 3) == 'B';
    }

    @Override
    public int dissect(Packet p, int h, int end, TreeNode parent) {
        int cap = Math.min(end, p.captured());
        if (!p.has(h, 32) || p.u8(h) != 0xff || p.u8(h + 1) != 'S') return -1;
        int c = p.u8(h + 4);
        long status = p.u32le(h + 5);
        int fl = p.u8(h + 9);
        int fl2 = p.u16le(h + 10);
        boolean response = (fl & 0x80) != 0;
        TreeNode node = p.protocol(parent, proto, h, cap - h, "SMB (Server Message Block Protocol)");
        TreeNode hn = p.text(node, "SMB Header", h, 32);
        p.addText(hn, cmd, (long) c, h + 4, 1, commandName(c) + " (" + FieldFormatter.hexNumber(c, 2) + ")");
        if ((fl2 & 0x4000) != 0) {
            p.addText(hn, ntStatus, status, h + 5, 4, NtStatus.name(status) + " (" + FieldFormatter.hexNumber(status, 8) + ")");
        }
        TreeNode fn = p.add(hn, flags, (long) fl, h + 9, 1);
        p.addBits(fn, flagResponse, fl, h + 9, 1, 8, null);
        p.add(hn, flags2, (long) fl2, h + 10, 2);
        p.add(hn, tid, (long) p.u16le(h + 24), h + 24, 2);
        p.add(hn, pid, (long) p.u16le(h + 26), h + 26, 2);
        p.add(hn, uid, (long) p.u16le(h + 28), h + 28, 2);
        p.add(hn, mid, (long) p.u16le(h + 30), h + 30, 2);
        p.setProtocol("SMB");
        StringBuilder info = new StringBuilder(40);
        info.append(commandName(c)).append(response ? " Response" : " Request");
        if ((fl2 & 0x4000) != 0 && status != 0) info.append(", Error: ").append(NtStatus.name(status));
        int block = h + 32;
        int command = c;
        int guard = 0;
        while (ANDX.contains(command) && block + 5 <= cap && p.u8(block) > 0 && guard++ < 16) {
            int next = p.u8(block + 1);
            p.addText(node, cmd, (long) next, block + 1, 1, (next == 0xff ? "No further commands"
                    : commandName(next)) + " (" + FieldFormatter.hexNumber(next, 2) + ")");
            if (next == 0xff) break;
            int nextOff = h + p.u16le(block + 3);
            if (nextOff <= block) break;
            info.append(", ").append(commandName(next)).append(response ? " Response" : " Request");
            command = next;
            block = nextOff;
        }
        p.setInfo(info.toString());
        return end - h;
    }
}
