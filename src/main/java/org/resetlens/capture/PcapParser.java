package org.resetlens.capture;

import java.util.List;

/**
 * Reads a classic libpcap file (either byte order; microsecond, nanosecond or the "modified"
 * Kuznetzov variant) into the index: a 24-byte file header, then records of a fixed header and the
 * captured bytes.
 */
final class PcapParser {
    static final int FILE_HEADER = 24;
    /** The largest captured length Wireshark accepts for most link types. */
    static final int MAX_CAPTURED = 262_144;
    /** Wireshark's larger limit for USB and D-Bus captures. */
    static final int MAX_CAPTURED_LARGE = 128 * 1024 * 1024;

    /** The byte order and record layout a pcap magic number announces. */
    record Variant(boolean bigEndian, boolean nanos, int recordHeader, CaptureFormat format) { }

    private PcapParser() { }

    /** The variant of a pcap file from its first four bytes, or null when they are no pcap magic. */
    static Variant variant(int b0, int b1, int b2, int b3) {
        int be = (b0 << 24) | (b1 << 16) | (b2 << 8) | b3;
        int le = (b3 << 24) | (b2 << 16) | (b1 << 8) | b0;
        for (int pass = 0; pass < 2; pass++) {
            int magic = pass == 0 ? be : le;
            boolean big = pass == 0;
            switch (magic) {
                case 0xa1b2c3d4: return new Variant(big, false, 16, CaptureFormat.PCAP);
                case 0xa1b23c4d: return new Variant(big, true, 16, CaptureFormat.PCAP_NANO);
                case 0xa1b2cd34: return new Variant(big, false, 24, CaptureFormat.PCAP);
                default: break;
            }
        }
        return null;
    }

    static int maxCaptured(int linkType) {
        return switch (linkType) {
            case 189, 220, 231 -> MAX_CAPTURED_LARGE;
            default -> MAX_CAPTURED;
        };
    }

    /** Reads every record; stops at the first damage with one warning. */
    static void parse(ByteSource src, Variant v, FrameSink sink) {
        long end = src.size();
        if (end < FILE_HEADER) {
            sink.error("pcap.header.short", 0, "file ends inside the pcap file header (needed "
                    + FILE_HEADER + " bytes, " + end + " left)");
            return;
        }
        boolean big = v.bigEndian();
        int snap = (int) Math.min(Integer.MAX_VALUE, src.u32(16, big));
        int linkType = (int) (src.u32(20, big) & 0xffff);
        sink.index.setInterfaces(List.of(new CaptureInterface(0, linkType, snap, "", "",
                v.nanos() ? 1_000_000_000L : 1_000_000L, 0)));
        long fracScale = v.nanos() ? 1 : 1000;
        int hdr = v.recordHeader();
        long max = maxCaptured(linkType);
        long pos = FILE_HEADER;
        while (pos < end) {
            long left = end - pos;
            if (left < hdr) {
                sink.damage("pcap.record.truncated", pos, "file ends inside the record header at offset " + pos
                        + " (needed " + hdr + " bytes, " + left + " left)");
                break;
            }
            long sec = src.u32(pos, big);
            long frac = src.u32(pos + 4, big);
            long cap = src.u32(pos + 8, big);
            long orig = src.u32(pos + 12, big);
            if (cap > max) {
                sink.damage("pcap.record.length", pos, "pcap record at offset " + pos + ": captured length "
                        + cap + " exceeds the maximum of " + max + " bytes");
                break;
            }
            if (cap > left - hdr) {
                sink.damage("pcap.record.truncated", pos, "file ends inside the record at offset " + pos
                        + " (needed " + (hdr + cap) + " bytes, " + left + " left)");
                break;
            }
            long data = pos + hdr;
            int i = sink.add(data, (int) cap, (int) Math.min(orig, Integer.MAX_VALUE),
                    sec * 1_000_000_000L + frac * fracScale, 0);
            pos = data + cap;
            if (!sink.publish(i, pos)) break;
        }
        sink.finish(pos);
    }
}
