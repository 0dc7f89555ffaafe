package org.resetlens.dissect;

import org.resetlens.capture.ByteSource;

/**
 * The few header facts the load pass needs from every frame (addresses, ports, TCP numbers and
 * options), decoded straight from the file bytes without allocating. One instance is reused for
 * every frame: {@link #decode} overwrites all fields. Offsets are relative to the frame start.
 * Truncated or unknown headers leave the later layers absent (a normal result, not an error).
 */
public final class PacketSummary {
    public static final int LINKTYPE_NULL = 0, LINKTYPE_ETHERNET = 1, LINKTYPE_RAW = 101, LINKTYPE_LOOP = 108,
            LINKTYPE_LINUX_SLL = 113, LINKTYPE_IPV4 = 228, LINKTYPE_IPV6 = 229, LINKTYPE_LINUX_SLL2 = 276;
    public static final int ETHERTYPE_IPV4 = 0x0800, ETHERTYPE_ARP = 0x0806, ETHERTYPE_IPV6 = 0x86dd;
    /** PPPoE session stage: IPv4/IPv6 inside PPP are decoded (the load pass sees their TCP/UDP). */
    public static final int ETHERTYPE_PPPOE_SESSION = 0x8864;
    public static final int PROTO_ICMP = 1, PROTO_TCP = 6, PROTO_UDP = 17, PROTO_ICMPV6 = 58;
    public static final int MAX_VLANS = 4;

    /** Network-layer ethertype carried (IPv4, IPv6, ARP), or 0. */
    public int etherType;
    public int vlanCount;
    public final int[] vlanIds = new int[MAX_VLANS];
    public int l3Offset = -1;

    /** 4 or 6 when an IP header was decoded, else 0. */
    public int ipVersion;
    public final byte[] src = new byte[16];
    public final byte[] dst = new byte[16];
    public int ttl;
    public int ipId;
    /** The transport protocol after IPv6 extension headers (or IPv4's protocol field). */
    public int ipProto = -1;
    public boolean fragment;
    /** Bytes of IP payload per the IP header (ip.len - ip.hdr_len, or ipv6.plen - ext headers). */
    public int ipPayloadLength;
    public int l4Offset = -1;

    public boolean tcp;
    public boolean udp;
    public int srcPort;
    public int dstPort;
    public long seqRaw;
    public long ackRaw;
    /** The 12 TCP flag bits (tcp.flags). */
    public int tcpFlags;
    public int tcpHeaderLength;
    public int windowRaw;
    /** tcp.len: TCP payload bytes per the IP length fields. */
    public int tcpLen;
    public int payloadOffset;
    public int mss = -1;
    public int windowScale = -1;
    public boolean sackPermitted;
    public boolean hasTimestamp;
    public long tsVal;
    public long tsEcr;
    public int sackBlocks;
    public final long[] sackLeft = new long[4];
    public final long[] sackRight = new long[4];
    public int udpLength;
    public int icmpType = -1;
    public int icmpCode = -1;

    /** Bytes of a frame copied at once: every header the decoder reads lies here in almost all frames. */
    private static final int HEAD = 128;
    /** The frame's first bytes, read from the array rather than the source byte by byte. */
    private final byte[] head = new byte[HEAD];
    private int headLen;
    private ByteSource bytes;
    private long base;
    private int limit;
    /** Where a link layer with its own length field (PPPoE) says the network packet ends. */
    private int reportedEnd;

    /** Decodes the frame at {@code base} with {@code capLen} captured bytes and the given link type. */
    public PacketSummary decode(ByteSource source, long frameOffset, int capLen, int linkType) {
        reset();
        bytes = source;
        base = frameOffset;
        limit = capLen;
        headLen = (int) Math.max(0, Math.min(Math.min(capLen, HEAD), source.size() - frameOffset));
        source.copy(frameOffset, head, 0, headLen);
        reportedEnd = Integer.MAX_VALUE;
        switch (linkType) {
            case LINKTYPE_ETHERNET -> ethernet(0);
            case LINKTYPE_RAW -> rawIp(0);
            case LINKTYPE_IPV4 -> network(ETHERTYPE_IPV4, 0);
            case LINKTYPE_IPV6 -> network(ETHERTYPE_IPV6, 0);
            case LINKTYPE_LINUX_SLL -> { if (has(0, 16)) network(u16(14), 16); }
            case LINKTYPE_LINUX_SLL2 -> { if (has(0, 20)) network(u16(0), 20); }
            case LINKTYPE_NULL -> nullLink(false);
            case LINKTYPE_LOOP -> nullLink(true);
            default -> { }
        }
        return this;
    }

    private void reset() {
        etherType = 0; vlanCount = 0; l3Offset = -1; ipVersion = 0; ttl = 0; ipId = 0; ipProto = -1;
        fragment = false; ipPayloadLength = 0; l4Offset = -1; tcp = false; udp = false; srcPort = 0; dstPort = 0;
        seqRaw = 0; ackRaw = 0; tcpFlags = 0; tcpHeaderLength = 0; windowRaw = 0; tcpLen = 0; payloadOffset = -1;
        mss = -1; windowScale = -1; sackPermitted = false; hasTimestamp = false; tsVal = 0; tsEcr = 0; sackBlocks = 0;
        udpLength = 0; icmpType = -1; icmpCode = -1;
    }

    private boolean has(int off, int len) {
        return off >= 0 && len >= 0 && off + len <= limit;
    }

    private int u8(int off) {
        return off >= 0 && off < headLen ? head[off] & 0xff : bytes.u8(base + off);
    }

    private int u16(int off) {
        if (off >= 0 && off + 2 <= headLen) return ((head[off] & 0xff) << 8) | (head[off + 1] & 0xff);
        return bytes.u16(base + off, true);
    }

    private long u32(int off) {
        if (off >= 0 && off + 4 <= headLen) {
            return ((head[off] & 0xffL) << 24) | ((head[off + 1] & 0xff) << 16) | ((head[off + 2] & 0xff) << 8)
                    | (head[off + 3] & 0xff);
        }
        return bytes.u32(base + off, true);
    }

    private void ethernet(int off) {
        if (!has(off, 14)) return;
        int type = u16(off + 12);
        int p = off + 14;
        while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && has(p, 4)) {
            if (vlanCount < MAX_VLANS) vlanIds[vlanCount++] = u16(p) & 0x0fff;
            type = u16(p + 2);
            p += 4;
        }
        if (type == ETHERTYPE_PPPOE_SESSION && has(p, 8)) {
            int ppp = u16(p + 6);
            reportedEnd = p + 6 + u16(p + 4);
            if (ppp == 0x0021) network(ETHERTYPE_IPV4, p + 8);
            else if (ppp == 0x0057) network(ETHERTYPE_IPV6, p + 8);
            return;
        }
        network(type, p);
    }

    private void rawIp(int off) {
        if (!has(off, 1)) return;
        int v = u8(off) >> 4;
        if (v == 4) network(ETHERTYPE_IPV4, off);
        else if (v == 6) network(ETHERTYPE_IPV6, off);
    }

    private void nullLink(boolean networkOrder) {
        if (!has(0, 4)) return;
        long family = bytes.u32(base, networkOrder);
        if (!networkOrder && (family & 0xffff0000L) != 0) family = bytes.u32(base, true);
        if (family == 2) network(ETHERTYPE_IPV4, 4);
        else if (family == 24 || family == 28 || family == 30) network(ETHERTYPE_IPV6, 4);
    }

    private void network(int type, int off) {
        etherType = type;
        l3Offset = off;
        if (type == ETHERTYPE_IPV4) ipv4(off);
        else if (type == ETHERTYPE_IPV6) ipv6(off);
    }

    private void ipv4(int off) {
        if (!has(off, 20) || (u8(off) >> 4) != 4) return;
        int ihl = (u8(off) & 0x0f) * 4;
        if (ihl < 20) return;
        ipVersion = 4;
        int totalLength = u16(off + 2);
        ipId = u16(off + 4);
        int fragField = u16(off + 6);
        fragment = (fragField & 0x2000) != 0 || (fragField & 0x1fff) != 0;
        ttl = u8(off + 8);
        ipProto = u8(off + 9);
        for (int i = 0; i < 4; i++) {
            src[i] = (byte) u8(off + 12 + i);
            dst[i] = (byte) u8(off + 16 + i);
        }
        ipPayloadLength = Math.max(0, Math.min(totalLength, reportedEnd - off) - ihl);
        if ((fragField & 0x1fff) != 0) return; // not the first fragment: no transport header here
        transport(off + ihl, ipProto);
    }

    private void ipv6(int off) {
        if (!has(off, 40) || (u8(off) >> 4) != 6) return;
        ipVersion = 6;
        int payloadLength = Math.min(u16(off + 4), reportedEnd - off - 40);
        int next = u8(off + 6);
        ttl = u8(off + 7);
        for (int i = 0; i < 16; i++) {
            src[i] = (byte) u8(off + 8 + i);
            dst[i] = (byte) u8(off + 24 + i);
        }
        int p = off + 40;
        int remaining = payloadLength;
        for (int hops = 0; hops < 16; hops++) {
            if (next == 0 || next == 43 || next == 60 || next == 135) {
                if (!has(p, 2)) { ipProto = next; return; }
                int len = (u8(p + 1) + 1) * 8;
                next = u8(p);
                p += len;
                remaining -= len;
            } else if (next == 44) {
                if (!has(p, 8)) { ipProto = next; return; }
                int fragField = u16(p + 2);
                fragment = true;
                next = u8(p);
                p += 8;
                remaining -= 8;
                if ((fragField & 0xfff8) != 0) { ipProto = next; ipPayloadLength = Math.max(0, remaining); return; }
            } else if (next == 51) {
                if (!has(p, 2)) { ipProto = next; return; }
                int len = (u8(p + 1) + 2) * 4;
                next = u8(p);
                p += len;
                remaining -= len;
            } else {
                break;
            }
        }
        ipProto = next;
        ipPayloadLength = Math.max(0, remaining);
        transport(p, next);
    }

    private void transport(int off, int proto) {
        l4Offset = off;
        switch (proto) {
            case PROTO_TCP -> tcp(off);
            case PROTO_UDP -> {
                if (!has(off, 8)) return;
                udp = true;
                srcPort = u16(off);
                dstPort = u16(off + 2);
                udpLength = u16(off + 4);
                payloadOffset = off + 8;
            }
            case PROTO_ICMP, PROTO_ICMPV6 -> {
                if (!has(off, 2)) return;
                icmpType = u8(off);
                icmpCode = u8(off + 1);
            }
            default -> { }
        }
    }

    private void tcp(int off) {
        if (!has(off, 20)) return;
        int hdr = (u8(off + 12) >> 4) * 4;
        if (hdr < 20) return;
        tcp = true;
        srcPort = u16(off);
        dstPort = u16(off + 2);
        seqRaw = u32(off + 4);
        ackRaw = u32(off + 8);
        tcpFlags = u16(off + 12) & 0x0fff;
        windowRaw = u16(off + 14);
        tcpHeaderLength = hdr;
        tcpLen = Math.max(0, ipPayloadLength - hdr);
        payloadOffset = off + hdr;
        options(off + 20, Math.min(off + hdr, limit));
    }

    private void options(int p, int end) {
        while (p < end) {
            int kind = u8(p);
            if (kind == 0) return;
            if (kind == 1) { p++; continue; }
            if (p + 1 >= end) return;
            int len = u8(p + 1);
            if (len < 2 || p + len > end) return;
            switch (kind) {
                case 2 -> { if (len == 4) mss = u16(p + 2); }
                case 3 -> { if (len == 3) windowScale = u8(p + 2); }
                case 4 -> sackPermitted = true;
                case 5 -> {
                    int n = Math.min(4, (len - 2) / 8);
                    for (int i = 0; i < n; i++) {
                        sackLeft[i] = u32(p + 2 + i * 8);
                        sackRight[i] = u32(p + 6 + i * 8);
                    }
                    sackBlocks = n;
                }
                case 8 -> {
                    if (len == 10) {
                        hasTimestamp = true;
                        tsVal = u32(p + 2);
                        tsEcr = u32(p + 6);
                    }
                }
                default -> { }
            }
            p += len;
        }
    }

    public boolean hasFlag(int mask) {
        return (tcpFlags & mask) != 0;
    }

    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10, URG = 0x20, ECE = 0x40,
            CWR = 0x80;
}
