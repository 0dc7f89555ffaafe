package org.resetlens.capture;

/** Names the format of a file that is not pcap or pcapng, from its first bytes, for the error message. */
final class MagicNames {
    private MagicNames() { }

    static String describe(ByteSource src, boolean decompressed) {
        long magic = src.u32(0, true);
        String hex = String.format("0x%08X", magic);
        String other = other(src);
        String where = decompressed ? "the decompressed file is " : "";
        if (other != null) {
            return where + "a " + other + " file, not pcap or pcapng (magic " + hex + "); open it in Wireshark"
                    + " or Network Monitor and save it as pcapng";
        }
        return (decompressed ? "the decompressed file is " : "") + "not a pcap or pcapng file (magic " + hex + ")";
    }

    private static String other(ByteSource src) {
        if (starts(src, "GMBU")) return "Microsoft Network Monitor 2.x";
        if (starts(src, "RTSS")) return "Microsoft Network Monitor 1.x";
        if (starts(src, "snoop\0\0\0")) return "Sun snoop";
        if (starts(src, "XCP\0")) return "NetXRay / Windows Sniffer";
        if (starts(src, "\u001f\u008b")) return "gzip (compressed twice)";
        if (starts(src, "BZh")) return "bzip2-compressed (only gzip compression is supported)";
        if (starts(src, "\u00fd7zXZ")) return "xz-compressed (only gzip compression is supported)";
        if (starts(src, "\u0028\u00b5\u002f\u00fd")) return "zstd-compressed (only gzip compression is supported)";
        if (starts(src, "PK\u0003\u0004")) return "zip archive (extract the capture first)";
        return null;
    }

    private static boolean starts(ByteSource src, String prefix) {
        if (src.size() < prefix.length()) return false;
        for (int i = 0; i < prefix.length(); i++) {
            if (src.u8(i) != prefix.charAt(i)) return false;
        }
        return true;
    }
}
