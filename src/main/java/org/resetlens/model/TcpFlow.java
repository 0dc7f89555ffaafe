package org.resetlens.model;

/**
 * The load-time state of one direction of a TCP stream, as Wireshark's {@code tcp_flow_t} and its
 * sequence-analysis info keep it. Sequence numbers are raw 32-bit values held in ints (wrapping
 * arithmetic); times are nanoseconds. Package-private: only {@link TcpAnalyzer} mutates it.
 */
final class TcpFlow {
    static final int MAX_UNACKED = 10000;

    int baseSeq;
    boolean baseSet;
    boolean sawSyn;
    boolean sawSynAck;
    /** -1 unknown, -2 no scaling, else the shift count. */
    int winScale = -1;
    /** Last raw window advertised by this side, as an unsigned 32-bit value; starts at 0xffffffff. */
    int window = -1;
    boolean isFirstAck;
    boolean validBif = true;
    boolean closingInitiator;

    int nextSeq;
    int nextSeqFrame;
    long nextSeqTime;
    int lastAck;
    long lastAckTime;
    int lastNonDupAck;
    int dupAckNum;
    int maxSeqToBeAcked;
    int lastAckLen;
    int lastSegmentFlags;

    /* The conversation's counters and firsts for this direction (kept here, not in two-element arrays per stream). */
    long packets;
    long bytes;
    long payload;
    /** The MSS and window-shift options of this side's SYN, -1 when absent. */
    int mss = -1;
    int wsShift = -1;
    int finFrame = -1;
    int rstFrame = -1;
    int resets;
    boolean sentSyn;
    boolean sentSynAck;
    /** Zeek's TCP endpoint state for this side ({@link ZeekStates}). */
    byte zeek;
    /** Whether this side sent a SYN/ACK without RST, and a segment without RST that carried payload. */
    boolean sentPlainSynAck;
    boolean sentData;
    /*
     * The TTLs (hop limits) of this side's segments without RST: the first value and its count, and a
     * histogram allocated only when a second value appears (a side's TTL seldom changes).
     */
    private int ttlValue = -1;
    private int ttlCount;
    private int[] otherTtls;

    int numSack;
    /** SACK blocks of the last segment; allocated at the first SACK option. */
    int[] sackLeft = NONE;
    int[] sackRight = NONE;
    /** Set once this side sent a FIN or RST: its segment arrays are freed whenever they empty. */
    boolean finished;

    private static final int[] NONE = new int[0];

    /*
     * Unacknowledged segments, oldest at {@code start}, newest at {@code end - 1}. Allocated at the
     * first segment and freed when a finished side has none left, so the tens of thousands of
     * closed streams of a large capture hold no arrays.
     */
    int[] segSeq = NONE;
    int[] segNext = NONE;
    int[] segFrame = NONE;
    int start;
    int end;

    /** Counts one TTL (1-255; others are not a TTL and are left out). */
    void countTtl(int ttl) {
        if (ttl == ttlValue) {
            ttlCount++;
        } else if (ttl > 0 && ttl < 256) {
            if (ttlValue < 0) {
                ttlValue = ttl;
                ttlCount = 1;
            } else {
                if (otherTtls == null) otherTtls = new int[256];
                otherTtls[ttl]++;
            }
        }
    }

    /** Adds this side's TTL counts to {@code histogram} (indexed by TTL). */
    void addTtlsTo(int[] histogram) {
        if (ttlValue > 0) histogram[ttlValue] += ttlCount;
        if (otherTtls != null) for (int t = 1; t < 256; t++) histogram[t] += otherTtls[t];
    }

    boolean hasTtls() {
        return ttlValue > 0;
    }

    int segmentCount() {
        return end - start;
    }

    void ensureSack() {
        if (sackLeft.length == 0) {
            sackLeft = new int[4];
            sackRight = new int[4];
        }
    }

    /** Frees the segment arrays when a finished side has no unacknowledged segment left. */
    void trim() {
        if (finished && start == end && segSeq.length > 0) {
            segSeq = NONE;
            segNext = NONE;
            segFrame = NONE;
            start = 0;
            end = 0;
        }
    }

    void addSegment(int seq, int next, int frame) {
        if (end == segSeq.length) {
            int n = end - start;
            if (start > n) {
                System.arraycopy(segSeq, start, segSeq, 0, n);
                System.arraycopy(segNext, start, segNext, 0, n);
                System.arraycopy(segFrame, start, segFrame, 0, n);
            } else {
                int cap = Math.max(8, segSeq.length * 2);
                segSeq = copy(segSeq, start, n, cap);
                segNext = copy(segNext, start, n, cap);
                segFrame = copy(segFrame, start, n, cap);
            }
            start = 0;
            end = n;
        }
        segSeq[end] = seq;
        segNext[end] = next;
        segFrame[end] = frame;
        end++;
    }

    private static int[] copy(int[] a, int from, int n, int cap) {
        int[] r = new int[cap];
        System.arraycopy(a, from, r, 0, n);
        return r;
    }
}
