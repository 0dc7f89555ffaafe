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

    int numSack;
    final int[] sackLeft = new int[4];
    final int[] sackRight = new int[4];

    /** Unacknowledged segments, oldest at {@code start}, newest at {@code end - 1}. */
    int[] segSeq = new int[16];
    int[] segNext = new int[16];
    int[] segFrame = new int[16];
    long[] segTime = new long[16];
    int start;
    int end;

    int segmentCount() {
        return end - start;
    }

    void addSegment(int seq, int next, int frame, long time) {
        if (end == segSeq.length) {
            int n = end - start;
            if (start > n) {
                System.arraycopy(segSeq, start, segSeq, 0, n);
                System.arraycopy(segNext, start, segNext, 0, n);
                System.arraycopy(segFrame, start, segFrame, 0, n);
                System.arraycopy(segTime, start, segTime, 0, n);
            } else {
                int cap = segSeq.length * 2;
                segSeq = copy(segSeq, start, n, cap);
                segNext = copy(segNext, start, n, cap);
                segFrame = copy(segFrame, start, n, cap);
                long[] t = new long[cap];
                System.arraycopy(segTime, start, t, 0, n);
                segTime = t;
            }
            start = 0;
            end = n;
        }
        segSeq[end] = seq;
        segNext[end] = next;
        segFrame[end] = frame;
        segTime[end] = time;
        end++;
    }

    private static int[] copy(int[] a, int from, int n, int cap) {
        int[] r = new int[cap];
        System.arraycopy(a, from, r, 0, n);
        return r;
    }
}
