package org.resetlens.capture;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pcapng file into the index: sections (each with its own byte order and interface
 * numbering), Interface Description Blocks, Enhanced, Simple and obsolete Packet Blocks, comments;
 * every other block is skipped by its length.
 */
final class PcapngParser {
    static final int SHB = 0x0A0D0D0A;
    static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    static final int IDB = 1;
    static final int PB = 2;
    static final int SPB = 3;
    static final int EPB = 6;
    static final int CUSTOM = 0x00000BAD;
    static final int CUSTOM_NO_COPY = 0x40000BAD;
    static final int OPT_END = 0;
    static final int OPT_COMMENT = 1;
    static final int IF_NAME = 2;
    static final int IF_DESCRIPTION = 3;
    static final int IF_TSRESOL = 9;
    static final int IF_TSOFFSET = 14;
    /** More interfaces than this in one file is treated as damage (each one costs a list copy). */
    static final int MAX_INTERFACES = 16_384;
    private static final long NANOS = 1_000_000_000L;

    private final ByteSource src;
    private final FrameSink sink;
    private final long end;
    private final List<CaptureInterface> interfaces = new ArrayList<>();
    private boolean interfacesDirty;
    private boolean big;
    private int section = -1;
    /** Global id of interface 0 of the current section. */
    private int sectionBase;
    /** Number of interfaces defined so far in the current section. */
    private int sectionCount;

    private PcapngParser(ByteSource src, FrameSink sink) {
        this.src = src;
        this.sink = sink;
        this.end = src.size();
    }

    static void parse(ByteSource src, FrameSink sink) {
        new PcapngParser(src, sink).run();
    }

    private void run() {
        long pos = 0;
        while (pos < end) {
            long next = block(pos);
            if (next < 0) break;
            pos = next;
        }
        publishInterfaces();
        sink.finish(pos);
    }

    /** Reads the block at {@code pos}; returns the offset of the next block, or -1 to stop. */
    private long block(long pos) {
        long left = end - pos;
        if (left < 12) {
            return truncated(pos, 12, left);
        }
        boolean isShb = src.u32(pos, true) == (SHB & 0xffffffffL);
        if (isShb) {
            long bom = src.u32(pos + 8, true);
            if (bom == BYTE_ORDER_MAGIC) big = true;
            else if (bom == Integer.reverseBytes(BYTE_ORDER_MAGIC)) big = false;
            else return stop("pcapng.shb.magic", pos, "pcapng section header at offset " + pos
                    + ": byte-order magic 0x" + hex8(bom) + " is not 0x1A2B3C4D");
        } else if (section < 0) {
            return stop("pcapng.shb.missing", pos, "pcapng file does not start with a section header");
        }
        long type = src.u32(pos, big);
        long len = src.u32(pos + 4, big);
        if (len < 12 || (len & 3) != 0) {
            return stop("pcapng.block.length", pos, "pcapng block at offset " + pos + ": block length " + len
                    + (len < 12 ? " is less than the minimum of 12" : " is not a multiple of 4"));
        }
        if (len > left) {
            return truncated(pos, len, left);
        }
        long trailer = src.u32(pos + len - 4, big);
        if (trailer != len) {
            return stop("pcapng.block.trailer", pos, "pcapng block at offset " + pos + ": trailing length "
                    + trailer + " does not match the block length " + len);
        }
        boolean ok;
        if (isShb) ok = sectionHeader(pos, len);
        else if (type == IDB) ok = interfaceDescription(pos, len);
        else if (type == EPB) ok = packet(pos, len, false);
        else if (type == PB) ok = packet(pos, len, true);
        else if (type == SPB) ok = simplePacket(pos, len);
        else if (type == CUSTOM || type == CUSTOM_NO_COPY) ok = customBlock(pos, len);
        else ok = true;
        return ok ? pos + len : -1;
    }

    private long truncated(long pos, long needed, long left) {
        return stop("pcapng.block.truncated", pos, "file ends inside the block at offset " + pos
                + " (needed " + needed + " bytes, " + left + " left)");
    }

    private long stop(String code, long pos, String message) {
        if (section < 0 && pos == 0) sink.error(code, pos, message);
        else sink.damage(code, pos, message);
        return -1;
    }

    private boolean fail(String code, long pos, String message) {
        stop(code, pos, message);
        return false;
    }

    private boolean sectionHeader(long pos, long len) {
        if (len < 28) {
            return fail("pcapng.shb.length", pos, "pcapng section header at offset " + pos + ": block length "
                    + len + " is less than the minimum of 28");
        }
        int major = src.u16(pos + 12, big);
        int minor = src.u16(pos + 14, big);
        if (major != 1 || (minor != 0 && minor != 2)) {
            String hint = major == 256 ? " (an early-draft .ntar file, which Wireshark no longer reads)" : "";
            return fail("pcapng.shb.version", pos, "pcapng section header at offset " + pos
                    + ": unsupported version " + major + "." + minor + hint);
        }
        section++;
        sectionBase = interfaces.size();
        sectionCount = 0;
        long p = pos + 24;
        long optEnd = pos + len - 4;
        while (p + 4 <= optEnd) {
            int code = src.u16(p, big);
            int olen = src.u16(p + 2, big);
            if (code == OPT_END || p + 4 + olen > optEnd) break;
            if (code == OPT_COMMENT) addIfPresent(sink.sectionComments, sink.text(src, p + 4, olen));
            p += 4 + pad4(olen);
        }
        return true;
    }

    private boolean interfaceDescription(long pos, long len) {
        if (len < 20) {
            return fail("pcapng.idb.length", pos, "pcapng interface description at offset " + pos
                    + ": block length " + len + " is less than the minimum of 20");
        }
        if (interfaces.size() >= MAX_INTERFACES) {
            return fail("pcapng.idb.count", pos, "pcapng interface description at offset " + pos
                    + ": more than " + MAX_INTERFACES + " interfaces");
        }
        int linkType = src.u16(pos + 8, big);
        int snap = (int) Math.min(Integer.MAX_VALUE, src.u32(pos + 12, big));
        String name = "";
        String description = "";
        long units = 1_000_000L;
        long offset = 0;
        long p = pos + 16;
        long optEnd = pos + len - 4;
        while (p + 4 <= optEnd) {
            int code = src.u16(p, big);
            int olen = src.u16(p + 2, big);
            if (code == OPT_END || p + 4 + olen > optEnd) break;
            long v = p + 4;
            switch (code) {
                case IF_NAME -> name = orEmpty(sink.text(src, v, olen));
                case IF_DESCRIPTION -> description = orEmpty(sink.text(src, v, olen));
                case IF_TSRESOL -> {
                    if (olen >= 1) units = unitsPerSecond(src.u8(v), units);
                }
                case IF_TSOFFSET -> {
                    if (olen >= 8) offset = u64(v);
                }
                default -> { }
            }
            p += 4 + pad4(olen);
        }
        interfaces.add(new CaptureInterface(interfaces.size(), linkType, snap, name, description, units, offset,
                section, sectionCount));
        sectionCount++;
        interfacesDirty = true;
        return true;
    }

    /** Units per second of an {@code if_tsresol} byte; {@code fallback} when it does not fit a long. */
    static long unitsPerSecond(int tsresol, long fallback) {
        int exp = tsresol & 0x7f;
        if ((tsresol & 0x80) != 0) return exp <= 62 ? 1L << exp : fallback;
        if (exp > 18) return fallback;
        long u = 1;
        for (int i = 0; i < exp; i++) u *= 10;
        return u;
    }

    /** An Enhanced Packet Block, or with {@code obsolete} the old Packet Block (16-bit interface id). */
    private boolean packet(long pos, long len, boolean obsolete) {
        String what = obsolete ? "packet block" : "enhanced packet block";
        if (len < 32) {
            return fail("pcapng.epb.length", pos, "pcapng " + what + " at offset " + pos + ": block length " + len
                    + " is less than the minimum of 32");
        }
        long local = obsolete ? src.u16(pos + 8, big) : src.u32(pos + 8, big);
        if (local >= sectionCount) {
            return fail("pcapng.epb.interface", pos, "pcapng " + what + " at offset " + pos + ": interface "
                    + local + " is not defined (the section has " + sectionCount + ")");
        }
        CaptureInterface iface = interfaces.get(sectionBase + (int) local);
        long ts = (src.u32(pos + 12, big) << 32) | src.u32(pos + 16, big);
        long cap = src.u32(pos + 20, big);
        long orig = src.u32(pos + 24, big);
        if (cap > len - 32) {
            return fail("pcapng.epb.caplen", pos, "pcapng " + what + " at offset " + pos + ": captured length "
                    + cap + " does not fit in the block length " + len);
        }
        long max = PcapParser.maxCaptured(iface.linkType());
        if (cap > max) {
            return fail("pcapng.epb.caplen", pos, "pcapng " + what + " at offset " + pos + ": captured length "
                    + cap + " exceeds the maximum of " + max + " bytes");
        }
        publishInterfaces();
        long data = pos + 28;
        int i = sink.add(data, (int) cap, (int) Math.min(orig, Integer.MAX_VALUE), nanos(ts, iface), iface.id());
        long p = data + pad4(cap);
        long optEnd = pos + len - 4;
        while (p + 4 <= optEnd) {
            int code = src.u16(p, big);
            int olen = src.u16(p + 2, big);
            if (code == OPT_END || p + 4 + olen > optEnd) break;
            if (code == OPT_COMMENT) {
                String c = sink.text(src, p + 4, olen);
                if (c != null) sink.comment(i, c);
            }
            p += 4 + pad4(olen);
        }
        return sink.publish(i, pos + len);
    }

    private boolean simplePacket(long pos, long len) {
        if (len < 16) {
            return fail("pcapng.spb.length", pos, "pcapng simple packet block at offset " + pos + ": block length "
                    + len + " is less than the minimum of 16");
        }
        if (sectionCount == 0) {
            return fail("pcapng.spb.interface", pos, "pcapng simple packet block at offset " + pos
                    + ": the section defines no interface");
        }
        CaptureInterface iface = interfaces.get(sectionBase);
        long orig = src.u32(pos + 8, big);
        long cap = iface.snapLength() > 0 ? Math.min(orig, iface.snapLength()) : orig;
        long max = PcapParser.maxCaptured(iface.linkType());
        if (cap > max) {
            return fail("pcapng.spb.caplen", pos, "pcapng simple packet block at offset " + pos
                    + ": captured length " + cap + " exceeds the maximum of " + max + " bytes");
        }
        if (cap > len - 16) {
            return fail("pcapng.spb.caplen", pos, "pcapng simple packet block at offset " + pos + ": block length "
                    + len + " is too small for " + cap + " bytes of packet data");
        }
        publishInterfaces();
        int i = sink.add(pos + 12, (int) cap, (int) Math.min(orig, Integer.MAX_VALUE), 0, iface.id());
        return sink.publish(i, pos + len);
    }

    /**
     * A Custom Block. Wireshark lists each one as a frame, without interface or timestamp, whose bytes
     * are everything after the Private Enterprise Number; so it becomes such a frame here
     * ({@code interfaceId} -1, time 0) to keep frame numbers equal to Wireshark's.
     */
    private boolean customBlock(long pos, long len) {
        if (len < 16) {
            return fail("pcapng.custom.length", pos, "pcapng custom block at offset " + pos + ": block length "
                    + len + " is less than the minimum of 16");
        }
        int i = sink.add(pos + 12, (int) len - 16, (int) len - 16, 0, -1);
        return sink.publish(i, pos + len);
    }

    /**
     * Epoch nanoseconds of a timestamp in the interface's units, computed like Wireshark 4.0: the
     * fraction is {@code remainder * 10^9 / units} in unsigned 64-bit arithmetic, which wraps for
     * resolutions finer than about 2^34 per second (and tshark then prints that wrapped value).
     */
    static long nanos(long ts, CaptureInterface iface) {
        long units = iface.tsUnitsPerSecond();
        long secs = Long.divideUnsigned(ts, units);
        long rem = Long.remainderUnsigned(ts, units);
        long frac = units == 1_000_000L ? rem * 1000 : Long.divideUnsigned(rem * NANOS, units);
        return (secs + iface.tsOffsetSeconds()) * NANOS + frac;
    }

    private void publishInterfaces() {
        if (interfacesDirty) {
            sink.index.setInterfaces(interfaces);
            interfacesDirty = false;
        }
    }

    private long u64(long p) {
        long a = src.u32(p, big);
        long b = src.u32(p + 4, big);
        return big ? (a << 32) | b : (b << 32) | a;
    }

    private static void addIfPresent(List<String> list, String s) {
        if (s != null) list.add(s);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long pad4(long n) {
        return (n + 3) & ~3L;
    }

    private static String hex8(long v) {
        return String.format("%08X", v);
    }
}
