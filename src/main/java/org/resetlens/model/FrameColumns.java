package org.resetlens.model;

import java.util.Arrays;

/**
 * The per-frame results of the load-time analysis, in primitive columns indexed by 0-based frame:
 * transport kind, stream, relative numbers, raw window, TCP analysis flags and links. Written by
 * the loader thread in frame order; readable from any thread for frames below {@link #size()}.
 */
public final class FrameColumns {
    /** Transport kinds stored in {@link #kind(int)}. */
    public static final byte NONE = 0, TCP = 1, UDP = 2;

    /** Bit in {@link #tcpBits}: the frame came from the stream's second endpoint (B → A). */
    private static final int REVERSE_SHIFT = 20;
    static final int BIT_REVERSE = 1 << REVERSE_SHIFT;
    /** Bit in {@link #tcpBits}: the segment length was known, so relative numbers were computed. */
    static final int BIT_HAVE_SEGLEN = 1 << 21;
    /** Bit in {@link #tcpBits}: Wireshark holds a SEQ/ACK analysis record (tree shows the subtree). */
    static final int BIT_HAS_ANALYSIS = 1 << 22;
    /** Bit in {@link #tcpBits}: the segment came over IPv6 (no IP-ID; the TTL column holds the hop limit). */
    static final int BIT_IPV6 = 1 << 23;
    /** Bit in {@link #tcpBits}: a TCP header quoted in an ICMP error, not a segment of the stream. */
    static final int BIT_QUOTED = 1 << 24;
    /** Low bits of {@link #tcpBits}: the {@link TcpAnalysisFlags} of the frame. */
    static final int FLAG_MASK = 0xffff;

    private byte[] kind = new byte[1024];
    private int[] stream = new int[1024];
    private int[] seq = new int[1024];
    private int[] ack = new int[1024];
    private int[] nxtSeq = new int[1024];
    private int[] window = new int[1024];
    private short[] tcpFlags = new short[1024];
    private int[] bits = new int[1024];
    private int[] acksFrame = new int[1024];
    private int[] bytesInFlight = new int[1024];
    private int[] prevInStream = new int[1024];
    /* The raw header facts the reset engine reads, kept so nothing needs decoding twice. */
    private int[] rawSeq = new int[1024];
    private int[] rawAck = new int[1024];
    private byte[] ttl = new byte[1024];
    private char[] ipId = new char[1024];
    private char[] payloadOffset = new char[1024];
    /** Sparse duplicate-ACK facts: (frame, number, original frame) triples in frame order. */
    private int[] dupAcks = new int[48];
    private int dupAckCount;
    private volatile int size;

    void ensure(int frame) {
        if (frame < kind.length) return;
        grow(Math.max(frame + 1, kind.length + (kind.length >> 1)));
    }

    /** Grows the columns to hold {@code frames} frames at once (the capture index's estimate). */
    void reserve(int frames) {
        if (frames > kind.length) grow(frames);
    }

    private void grow(int cap) {
        kind = Arrays.copyOf(kind, cap);
        stream = Arrays.copyOf(stream, cap);
        seq = Arrays.copyOf(seq, cap);
        ack = Arrays.copyOf(ack, cap);
        nxtSeq = Arrays.copyOf(nxtSeq, cap);
        window = Arrays.copyOf(window, cap);
        tcpFlags = Arrays.copyOf(tcpFlags, cap);
        bits = Arrays.copyOf(bits, cap);
        acksFrame = Arrays.copyOf(acksFrame, cap);
        bytesInFlight = Arrays.copyOf(bytesInFlight, cap);
        prevInStream = Arrays.copyOf(prevInStream, cap);
        rawSeq = Arrays.copyOf(rawSeq, cap);
        rawAck = Arrays.copyOf(rawAck, cap);
        ttl = Arrays.copyOf(ttl, cap);
        ipId = Arrays.copyOf(ipId, cap);
        payloadOffset = Arrays.copyOf(payloadOffset, cap);
    }

    void setNone(int frame) {
        ensure(frame);
        kind[frame] = NONE;
        stream[frame] = -1;
    }

    void setUdp(int frame, int udpStream, int prev) {
        ensure(frame);
        kind[frame] = UDP;
        stream[frame] = udpStream;
        prevInStream[frame] = prev;
    }

    void setTcp(int frame, int tcpStream, int relSeq, int relAck, int next, int win, int flags,
                int tcpBitsValue, int acked, int bif, int prev) {
        ensure(frame);
        kind[frame] = TCP;
        stream[frame] = tcpStream;
        seq[frame] = relSeq;
        ack[frame] = relAck;
        nxtSeq[frame] = next;
        window[frame] = win;
        tcpFlags[frame] = (short) flags;
        bits[frame] = tcpBitsValue;
        acksFrame[frame] = acked;
        bytesInFlight[frame] = bif;
        prevInStream[frame] = prev;
    }

    /**
     * The raw header facts of a TCP frame already stored with {@link #setTcp}: sequence and
     * acknowledgment fields, TTL or hop limit, IPv4 identification and where the payload starts in the
     * frame (offsets past 65534 are stored as unknown).
     */
    void setTcpHeader(int frame, int seqRaw, int ackRaw, int ttlValue, int ipIdValue, int payloadStart) {
        rawSeq[frame] = seqRaw;
        rawAck[frame] = ackRaw;
        ttl[frame] = (byte) ttlValue;
        ipId[frame] = (char) ipIdValue;
        payloadOffset[frame] = payloadStart >= 0 && payloadStart < 0xffff ? (char) payloadStart : (char) 0xffff;
    }

    void addDupAck(int frame, int number, int original) {
        if (dupAckCount * 3 + 3 > dupAcks.length) dupAcks = Arrays.copyOf(dupAcks, dupAcks.length * 2);
        dupAcks[dupAckCount * 3] = frame;
        dupAcks[dupAckCount * 3 + 1] = number;
        dupAcks[dupAckCount * 3 + 2] = original;
        dupAckCount++;
    }

    void publish(int frameCount) {
        size = frameCount;
    }

    /** Frames analysed so far. */
    public int size() {
        return size;
    }

    public byte kind(int frame) {
        return kind[frame];
    }

    public boolean isTcp(int frame) {
        return kind[frame] == TCP;
    }

    public boolean isUdp(int frame) {
        return kind[frame] == UDP;
    }

    /** {@code tcp.stream} or {@code udp.stream} (see {@link #kind}), or -1. */
    public int stream(int frame) {
        return kind[frame] == NONE ? -1 : stream[frame];
    }

    /** {@code tcp.seq}: relative when the segment length was known, else the raw value (unsigned). */
    public long seq(int frame) {
        return seq[frame] & 0xffff_ffffL;
    }

    /** {@code tcp.ack}: relative when the ACK flag is set and the segment length was known, else raw. */
    public long ack(int frame) {
        return ack[frame] & 0xffff_ffffL;
    }

    /** {@code tcp.nxtseq}, or -1 when Wireshark shows none (segment length unknown). */
    public long nxtSeq(int frame) {
        return (bits[frame] & BIT_HAVE_SEGLEN) == 0 ? -1 : nxtSeq[frame] & 0xffff_ffffL;
    }

    /** {@code tcp.window_size_value}: the window field as sent, before scaling. */
    public int rawWindow(int frame) {
        return window[frame];
    }

    /** {@code tcp.seq_raw}: the sequence number field as sent, 0 .. 2^32-1. */
    public long rawSeq(int frame) {
        return rawSeq[frame] & 0xffff_ffffL;
    }

    /** {@code tcp.ack_raw}: the acknowledgment number field as sent, 0 .. 2^32-1. */
    public long rawAck(int frame) {
        return rawAck[frame] & 0xffff_ffffL;
    }

    /** {@code tcp.len}: payload bytes the IP header accounts for (0 when the segment length was unknown). */
    public int segmentLength(int frame) {
        if ((bits[frame] & BIT_HAVE_SEGLEN) == 0) return 0;
        int synFin = (tcpFlags[frame] & 0x03) != 0 ? 1 : 0;
        return nxtSeq[frame] - seq[frame] - synFin;
    }

    /** The IPv4 TTL or IPv6 hop limit of a TCP frame. */
    public int ttl(int frame) {
        return ttl[frame] & 0xff;
    }

    /** The IPv4 identification of a TCP frame, or -1 over IPv6. */
    public int ipId(int frame) {
        return (bits[frame] & BIT_IPV6) != 0 ? -1 : ipId[frame];
    }

    /** Where the TCP payload starts within the frame's bytes, or -1 when unknown. */
    public int payloadOffset(int frame) {
        char c = payloadOffset[frame];
        return c == 0xffff ? -1 : c;
    }

    /** True for a TCP segment of its stream, false for a TCP header quoted inside an ICMP error. */
    public boolean isTcpSegment(int frame) {
        return kind[frame] == TCP && (bits[frame] & BIT_QUOTED) == 0;
    }

    /** The 12 TCP header flag bits ({@code tcp.flags}). */
    public int tcpFlags(int frame) {
        return tcpFlags[frame] & 0xfff;
    }

    /** The {@link TcpAnalysisFlags} bits of the frame. */
    public int analysisFlags(int frame) {
        return kind[frame] == TCP ? bits[frame] & FLAG_MASK : 0;
    }

    public boolean hasAnalysis(int frame) {
        return kind[frame] == TCP && (bits[frame] & BIT_HAS_ANALYSIS) != 0;
    }

    public boolean haveSegmentLength(int frame) {
        return (bits[frame] & BIT_HAVE_SEGLEN) != 0;
    }

    /** True when the frame was sent by the stream's second endpoint (the one that did not send first). */
    public boolean fromSecondEndpoint(int frame) {
        return (bits[frame] & BIT_REVERSE) != 0;
    }

    /**
     * The frame's direction in its stream as an index: 0 from the first endpoint, 1 from the second
     * (computed without a branch, so compiled code does not assume the direction early frames had).
     */
    public int direction(int frame) {
        return (bits[frame] >>> REVERSE_SHIFT) & 1;
    }

    /** {@code tcp.analysis.acks_frame} as a 0-based frame, or -1. */
    public int acksFrame(int frame) {
        return acksFrame[frame] - 1;
    }

    /** {@code tcp.analysis.bytes_in_flight}, or 0 when absent. */
    public long bytesInFlight(int frame) {
        return bytesInFlight[frame] & 0xffff_ffffL;
    }

    /** The previous frame of the same stream (0-based), or -1 for its first frame. */
    public int previousInStream(int frame) {
        return prevInStream[frame];
    }

    private int dupIndex(int frame) {
        int lo = 0, hi = dupAckCount - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int f = dupAcks[mid * 3];
            if (f < frame) lo = mid + 1;
            else if (f > frame) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** {@code tcp.analysis.duplicate_ack_num}, or 0 when absent. */
    public int duplicateAckNumber(int frame) {
        int i = dupIndex(frame);
        return i < 0 ? 0 : dupAcks[i * 3 + 1];
    }

    /** {@code tcp.analysis.duplicate_ack_frame} as a 0-based frame, or -1. */
    public int duplicateAckFrame(int frame) {
        int i = dupIndex(frame);
        return i < 0 ? -1 : dupAcks[i * 3 + 2] - 1;
    }
}
