package org.resetlens.model;

import static org.resetlens.model.TcpAnalysisFlags.*;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.dissect.PacketSummary;

/**
 * Wireshark's TCP stream tracking and sequence analysis (packet-tcp.c, 4.0), run once per frame in
 * file order: stream numbering with port reuse, relative numbers, and every {@code tcp.analysis.*}
 * flag in the order of {@code tcp_analyze_sequence_number}. Results go to {@link FrameColumns}.
 */
final class TcpAnalyzer {
    private static final int SYN = PacketSummary.SYN, ACK = PacketSummary.ACK, FIN = PacketSummary.FIN,
            RST = PacketSummary.RST;
    private static final long FAST_RETRANSMISSION_WINDOW = 20_000_000L;
    private static final long DEFAULT_OOO_THRESHOLD = 3_000_000L;

    private final EndpointTable table = new EndpointTable();
    final List<TcpStreamState> streams = new ArrayList<>();
    private final FrameColumns columns;
    private final ZeekStates zeek = new ZeekStates();

    /* Per-frame results of analyze(), read back by onFrame. */
    private int ta;
    private boolean hasTa;
    private int acked;
    private int bif;
    private int dupNum;
    private int dupFrame;

    TcpAnalyzer(FrameColumns columns) {
        this.columns = columns;
    }

    static boolean gtSeq(int x, int y) {
        return y - x < 0;
    }

    static boolean ltSeq(int x, int y) {
        return x - y < 0;
    }

    static boolean leSeq(int x, int y) {
        return x - y <= 0;
    }

    private TcpStreamState newStream(PacketSummary p, boolean srcIsFirst, int frame, long time) {
        return newStream(p.ipVersion, p.src, p.dst, p.srcPort, p.dstPort, srcIsFirst, frame, time);
    }

    private TcpStreamState newStream(int ipVersion, byte[] src, byte[] dst, int srcPort, int dstPort,
                                     boolean srcIsFirst, int frame, long time) {
        TcpStreamState st = new TcpStreamState(streams.size(), srcIsFirst, ipVersion, src, dst, srcPort, dstPort,
                frame, time);
        streams.add(st);
        table.put(st.id);
        return st;
    }

    /**
     * A TCP header quoted in an ICMP error: Wireshark finds (or creates) its stream and advances the
     * stream's time reference, but analyses nothing.
     */
    void onQuoted(int frame, int ipVersion, byte[] src, byte[] dst, int srcPort, int dstPort, long time) {
        table.key(EndpointTable.high(ipVersion, src), EndpointTable.low(ipVersion, src), srcPort,
                EndpointTable.high(ipVersion, dst), EndpointTable.low(ipVersion, dst), dstPort);
        boolean srcIsFirst = table.srcIsFirst;
        int id = table.find();
        TcpStreamState st = id < 0 ? newStream(ipVersion, src, dst, srcPort, dstPort, srcIsFirst, frame, time)
                : streams.get(id);
        int d = srcIsFirst == st.aIsFirstKey ? 0 : 1;
        int prev = st.lastFrame;
        st.lastFrame = frame;
        st.tsPrev = time;
        columns.setTcp(frame, st.id, 0, 0, 0, 0, 0, FrameColumns.BIT_QUOTED | (d == 1 ? FrameColumns.BIT_REVERSE : 0), 0, 0,
                prev);
    }

    /* Set by locate(): the direction of the current segment in its stream, and whether the stream is new. */
    private int curDir;
    private boolean curIsNew;

    /**
     * Finds the segment's stream (a new one for a new 4-tuple, or for a SYN with another ISN: port
     * reuse) and notes a SYN/ACK's new ISN; sets {@link #curDir} and {@link #curIsNew}.
     */
    private TcpStreamState locate(int frame, PacketSummary p, long time) {
        int v = p.ipVersion;
        table.key(EndpointTable.high(v, p.src), EndpointTable.low(v, p.src), p.srcPort, EndpointTable.high(v, p.dst),
                EndpointTable.low(v, p.dst), p.dstPort);
        boolean srcIsFirst = table.srcIsFirst;
        int id = table.find();
        curIsNew = id < 0;
        TcpStreamState st = curIsNew ? newStream(p, srcIsFirst, frame, time) : streams.get(id);
        int d = srcIsFirst == st.aIsFirstKey ? 0 : 1;
        TcpFlow fwd = st.flows[d];
        final int flags = p.tcpFlags;
        final int seq = (int) p.seqRaw;
        if ((flags & (SYN | ACK)) == SYN && fwd.baseSet) {
            if (seq != fwd.baseSeq) {
                st = newStream(p, srcIsFirst, frame, time);
                d = 0;
                fwd = st.flows[0];
                ta |= REUSED_PORTS;
                hasTa = true;
                st.reusedPorts = true;
                st.completeness = TcpStreamState.COMPLETE_SYN;
            } else {
                fwd.nextSeq = fwd.maxSeqToBeAcked;
            }
        }
        if ((flags & (SYN | ACK)) == (SYN | ACK) && fwd.baseSet && seq != fwd.baseSeq) {
            fwd.baseSeq = seq;
            ta |= REUSED_PORTS;
            hasTa = true;
        }
        curDir = d;
        return st;
    }

    /** Analyses one TCP segment (the summary must have {@code tcp} set). */
    void onFrame(int frame, PacketSummary p, long time, int frameLength) {
        ta = 0;
        hasTa = false;
        acked = 0;
        bif = 0;
        dupNum = 0;
        dupFrame = 0;
        TcpStreamState st = locate(frame, p, time);
        int d = curDir;
        TcpFlow fwd = st.flows[d];
        TcpFlow rev = st.flows[1 - d];
        final int flags = p.tcpFlags;
        final int seq = (int) p.seqRaw;
        final int ack = (int) p.ackRaw;
        final int win = p.windowRaw;
        final int frameNo = frame + 1;

        int prev = st.lastFrame;
        st.lastFrame = frame;
        st.tsPrev = time;
        fwd.numSack = 0;

        boolean haveSeglen = !p.fragment && p.ipPayloadLength >= p.tcpHeaderLength;
        int seglen = haveSeglen ? p.ipPayloadLength - p.tcpHeaderLength : 0;
        int relSeq = seq;
        int relAck = ack;
        int next = 0;
        if (haveSeglen) {
            if (!fwd.baseSet) {
                if ((flags & SYN) != 0) {
                    fwd.baseSeq = seq;
                    if ((flags & ACK) != 0) fwd.sawSynAck = true;
                    else fwd.sawSyn = true;
                } else {
                    fwd.baseSeq = seq - 1;
                }
                fwd.baseSet = true;
            }
            if (!rev.baseSet && (flags & ACK) != 0) {
                rev.baseSeq = ack - 1;
                rev.baseSet = true;
            }
            analyze(st, fwd, rev, frameNo, time, seq, ack, seglen, flags, win);
            relSeq = seq - fwd.baseSeq;
            if ((flags & ACK) != 0) relAck = ack - rev.baseSeq;
            next = relSeq + seglen + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
        }

        updateCompleteness(st, curIsNew, flags, seglen);

        streamFacts(st, d, fwd, rev, p, flags, seglen, frame, time, frameLength);

        int bits = (ta & FrameColumns.FLAG_MASK) | (d == 1 ? FrameColumns.BIT_REVERSE : 0)
                | (haveSeglen ? FrameColumns.BIT_HAVE_SEGLEN : 0) | (hasTa ? FrameColumns.BIT_HAS_ANALYSIS : 0)
                | (p.ipVersion == 6 ? FrameColumns.BIT_IPV6 : 0);
        columns.setTcp(frame, st.id, relSeq, relAck, next, win, flags, bits, acked, bif, prev);
        columns.setTcpHeader(frame, seq, ack, p.ttl, p.ipId, p.payloadOffset);
        if (dupNum != 0) columns.addDupAck(frame, dupNum, dupFrame);
    }

    /** The stream's own record of the segment: handshake, close, SACK and window scale, counters, Zeek state. */
    private void streamFacts(TcpStreamState st, int d, TcpFlow fwd, TcpFlow rev, PacketSummary p, int flags, int seglen,
                             int frame, long time, int frameLength) {
        if ((flags & SYN) != 0) {
            if ((flags & ACK) == 0) {
                st.tsMruSyn = time;
                fwd.sentSyn = true;
                if (st.clientFlow < 0) st.clientFlow = d;
            } else {
                fwd.sentSynAck = true;
                if (st.clientFlow < 0) st.clientFlow = 1 - d;
            }
            fwd.isFirstAck = true;
            if (p.mss >= 0 && fwd.mss < 0) fwd.mss = p.mss;
            if (p.windowScale >= 0 && fwd.wsShift < 0) fwd.wsShift = Math.min(14, p.windowScale);
        }
        if ((flags & (FIN | RST)) != 0) {
            fwd.finished = true;
            fwd.trim();
        }
        if ((flags & FIN) != 0) {
            if (!rev.closingInitiator) fwd.closingInitiator = true;
            if (fwd.finFrame < 0) fwd.finFrame = frame;
        }
        if ((flags & RST) != 0) {
            fwd.resets++;
            if (fwd.rstFrame < 0) fwd.rstFrame = frame;
            addReset(frame);
        } else {
            fwd.countTtl(p.ttl);
            if (seglen > 0) fwd.sentData = true;
            if ((flags & (SYN | ACK)) == (SYN | ACK)) fwd.sentPlainSynAck = true;
        }
        if ((flags & (SYN | ACK)) == ACK) {
            if (st.tsMruSyn != 0 && st.firstRtt == 0) st.firstRtt = time - st.tsMruSyn;
            fwd.isFirstAck = false;
        }

        if (p.sackBlocks > 0) {
            fwd.ensureSack();
            int n = Math.min(3, p.sackBlocks);
            for (int i = 0; i < n; i++) {
                fwd.sackLeft[i] = (int) p.sackLeft[i];
                fwd.sackRight[i] = (int) p.sackRight[i];
            }
            fwd.numSack = n;
        }
        if (p.windowScale >= 0) fwd.winScale = Math.min(14, p.windowScale);
        if ((flags & SYN) != 0) verifyWindowScaling((flags & ACK) != 0, fwd, rev);

        fwd.packets++;
        fwd.bytes += frameLength;
        fwd.payload += seglen;
        zeek.update(st, d, flags, seglen);
    }

    private static void verifyWindowScaling(boolean synAck, TcpFlow fwd, TcpFlow rev) {
        if (fwd.winScale == -1) {
            fwd.winScale = -2;
            rev.winScale = -2;
        } else if (synAck && rev.winScale == -2) {
            fwd.winScale = -2;
        }
    }

    /**
     * Wireshark's conversation completeness: the first packet of a new conversation counts only as a
     * SYN (with data: TCP Fast Open); later packets add SYN-ACK, ACK, DATA, FIN and RST. Tshark's
     * second pass re-applies the later-packet rule to the first packet too, so the stream keeps the
     * bits that rule gives its first packet for the frames after it.
     */
    private static void updateCompleteness(TcpStreamState st, boolean isNew, int flags, int seglen) {
        int later = 0;
        if ((flags & (SYN | ACK)) == (SYN | ACK)) later |= TcpStreamState.COMPLETE_SYNACK;
        if ((flags & (SYN | ACK)) == ACK) {
            later |= seglen > 0 ? TcpStreamState.COMPLETE_DATA : TcpStreamState.COMPLETE_ACK;
        }
        if ((flags & (FIN | ACK)) == (FIN | ACK)) later |= TcpStreamState.COMPLETE_FIN;
        if ((flags & RST) != 0) later |= TcpStreamState.COMPLETE_RST;
        if (isNew) {
            int c = 0;
            if ((flags & (SYN | ACK)) == SYN) {
                c |= TcpStreamState.COMPLETE_SYN;
                if (seglen > 0) c |= TcpStreamState.COMPLETE_DATA;
            }
            st.completeness = c;
            st.firstFrameCompleteness = later;
        } else {
            st.completeness |= later;
        }
    }

    /** packet-tcp.c tcp_analyze_sequence_number, check for check. */
    private void analyze(TcpStreamState st, TcpFlow fwd, TcpFlow rev, int frameNo, long time, int seq, int ack,
                         int seglen, int flags, int win) {
        final boolean sfr = (flags & (SYN | FIN | RST)) != 0;
        if ((flags & ACK) != 0) rev.validBif = true;

        sequenceChecks(fwd, rev, seq, ack, seglen, flags, win, sfr);

        if (ack != fwd.lastAck) {
            fwd.lastNonDupAck = frameNo;
            fwd.dupAckNum = 0;
        }

        if (rev.maxSeqToBeAcked != 0 && gtSeq(ack, rev.maxSeqToBeAcked) && (flags & ACK) != 0) {
            hasTa = true;
            if (ltSeq(rev.maxSeqToBeAcked, rev.nextSeq)) {
                rev.maxSeqToBeAcked = rev.nextSeq;
                ta |= ACK_LOST_PACKET;
            } else {
                if (rev.dupAckNum == 0) ta |= ACK_LOST_PACKET;
                rev.dupAckNum = -1;
            }
        }

        if (seglen > 0 || (flags & (SYN | FIN)) != 0) retransmissionChecks(st, fwd, rev, time, seq, seglen, flags);

        int nextSeq = seq + seglen;
        if ((seglen != 0 || (flags & (SYN | FIN)) != 0) && fwd.segmentCount() < TcpFlow.MAX_UNACKED) {
            if ((flags & (SYN | FIN)) != 0) nextSeq += 1;
            fwd.addSegment(seq, nextSeq, frameNo);
        }
        if (fwd.nextSeq == 0 || gtSeq(nextSeq, fwd.nextSeq + ((flags & (SYN | FIN)) != 0 ? 1 : 0))) {
            fwd.lastAckLen = seglen;
        }
        if (gtSeq(nextSeq, fwd.nextSeq) || fwd.nextSeq == 0) {
            if ((ta & ZERO_WINDOW_PROBE) == 0) {
                fwd.nextSeq = nextSeq;
                fwd.nextSeqFrame = frameNo;
                fwd.nextSeqTime = time;
            }
        }
        if (seq == fwd.maxSeqToBeAcked || fwd.maxSeqToBeAcked == 0) {
            if ((ta & ZERO_WINDOW_PROBE) == 0) fwd.maxSeqToBeAcked = fwd.nextSeq;
        }
        fwd.window = win;
        fwd.lastAck = ack;
        fwd.lastAckTime = time;
        fwd.lastSegmentFlags = ta;

        removeAcked(rev, ack);

        if (seglen != 0 && fwd.segmentCount() > 0 && fwd.validBif) bytesInFlight(fwd, rev, flags);
    }

    /*
     * The checks below are kept in methods of their own: each is compiled (and, when a branch first
     * taken late in a capture invalidates the compiled code, recompiled) on its own rather than as part of one
     * very large method.
     */

    /** Zero-window probe, zero window, lost segment, keep-alive, window update and full, duplicate ACK. */
    private void sequenceChecks(TcpFlow fwd, TcpFlow rev, int seq, int ack, int seglen, int flags, int win,
                                boolean sfr) {
        if (seglen == 1 && seq == fwd.nextSeq && rev.window == 0) {
            ta |= ZERO_WINDOW_PROBE;
            hasTa = true;
            return;
        }
        if (win == 0 && (flags & (RST | FIN | SYN)) == 0) {
            ta |= ZERO_WINDOW;
            hasTa = true;
        }
        if (fwd.nextSeq != 0 && gtSeq(seq, fwd.nextSeq) && (flags & RST) == 0) {
            ta |= LOST_PACKET;
            hasTa = true;
            fwd.validBif = false;
        }
        if ((seglen == 0 || seglen == 1) && seq == fwd.nextSeq - 1 && !sfr) {
            ta |= KEEP_ALIVE;
            hasTa = true;
        }
        if (seglen == 0 && win != 0 && win != fwd.window && seq == fwd.nextSeq && ack == fwd.lastAck && !sfr) {
            ta |= WINDOW_UPDATE;
            hasTa = true;
        }
        if (seglen > 0 && rev.winScale != -1 && !sfr) {
            int shift = rev.isFirstAck ? 0 : (rev.winScale == -2 ? 0 : rev.winScale);
            if (seq + seglen == rev.lastAck + (rev.window << shift)) {
                ta |= WINDOW_FULL;
                hasTa = true;
            }
        }
        boolean sameAck = seglen == 0 && win == fwd.window && seq == fwd.nextSeq && ack == fwd.lastAck && !sfr;
        if (sameAck && win != 0 && (rev.lastSegmentFlags & KEEP_ALIVE) != 0) {
            ta |= KEEP_ALIVE_ACK;
            hasTa = true;
            return;
        }
        if (sameAck && win == 0 && (rev.lastSegmentFlags & ZERO_WINDOW_PROBE) != 0) {
            ta |= ZERO_WINDOW_PROBE_ACK;
            hasTa = true;
            return;
        }
        if (sameAck && win != 0) {
            fwd.dupAckNum = fwd.dupAckNum == -1 ? 1 : fwd.dupAckNum + 1;
            ta |= DUPLICATE_ACK;
            hasTa = true;
            dupNum = fwd.dupAckNum;
            dupFrame = fwd.lastNonDupAck;
        }
    }

    /** Spurious, fast and plain retransmission, out of order (the first that applies). */
    private void retransmissionChecks(TcpStreamState st, TcpFlow fwd, TcpFlow rev, long time, int seq, int seglen,
                                      int flags) {
        boolean notAdvanced = fwd.nextSeq != 0 && ltSeq(seq, fwd.nextSeq);
        if ((ta & KEEP_ALIVE) != 0) return;
        if (seglen > 1 && fwd.nextSeq - 1 == seq) notAdvanced = false;
        if (seglen > 0 && rev.lastAck != 0 && leSeq(seq + seglen, rev.lastAck)) {
            ta |= SPURIOUS_RETRANSMISSION;
            hasTa = true;
            return;
        }
        long t = time - rev.lastAckTime;
        if (notAdvanced && rev.dupAckNum >= 2 && rev.lastAck == seq
                && Long.compareUnsigned(t, FAST_RETRANSMISSION_WINDOW) < 0) {
            ta |= FAST_RETRANSMISSION;
            hasTa = true;
            return;
        }
        t = time - fwd.nextSeqTime;
        long threshold = st.firstRtt == 0 ? DEFAULT_OOO_THRESHOLD : st.firstRtt;
        if (notAdvanced && Long.compareUnsigned(t, threshold) < 0) {
            int end = seq + seglen + ((flags & (SYN | FIN)) != 0 ? 1 : 0);
            if (fwd.nextSeq != end || fwd.lastAckLen == 0) {
                ta |= OUT_OF_ORDER;
                hasTa = true;
                return;
            }
        }
        if (notAdvanced) {
            ta |= RETRANSMISSION;
            hasTa = true;
        }
    }

    /** {@code tcp.analysis.bytes_in_flight}: the span of the flow's unacknowledged segments less SACKed bytes. */
    private void bytesInFlight(TcpFlow fwd, TcpFlow rev, int flags) {
        int base = fwd.baseSeq;
        int newest = fwd.end - 1;
        int first = fwd.segSeq[newest] - base;
        int last = fwd.segNext[newest] - base;
        for (int i = newest; i >= fwd.start; i--) {
            int n = fwd.segNext[i] - base;
            int s = fwd.segSeq[i] - base;
            last = unsignedMax(n, last);
            first = unsignedMin(s, first);
        }
        int inFlight = last - first;
        for (int i = 0; i < rev.numSack; i++) inFlight -= rev.sackRight[i] - rev.sackLeft[i];
        if (inFlight != 0 && Integer.compareUnsigned(inFlight, 2_000_000_000) < 0) {
            bif = inFlight;
            if ((flags & (SYN | FIN)) != 0) bif -= 1;
        }
        hasTa = true;
    }

    /* Unsigned max and min through Math.max/min (compiled without a branch whose early profile could mislead). */
    private static int unsignedMax(int a, int b) {
        return Math.max(a + Integer.MIN_VALUE, b + Integer.MIN_VALUE) - Integer.MIN_VALUE;
    }

    private static int unsignedMin(int a, int b) {
        return Math.min(a + Integer.MIN_VALUE, b + Integer.MIN_VALUE) - Integer.MIN_VALUE;
    }

    /** Drops the reverse direction's segments this ACK covers, noting the one it acknowledges exactly. */
    private void removeAcked(TcpFlow rev, int ack) {
        int w = rev.end;
        int i = rev.end - 1;
        while (i >= rev.start) {
            boolean keep;
            if (ack == rev.segNext[i]) {
                hasTa = true;
                acked = rev.segFrame[i];
                keep = false;
            } else if (gtSeq(ack, rev.segSeq[i]) && leSeq(ack, rev.segNext[i])) {
                rev.segSeq[i] = ack;
                continue;
            } else {
                keep = gtSeq(rev.segNext[i], ack);
            }
            if (keep) {
                w--;
                if (w != i) {
                    rev.segSeq[w] = rev.segSeq[i];
                    rev.segNext[w] = rev.segNext[i];
                    rev.segFrame[w] = rev.segFrame[i];
                }
            }
            i--;
        }
        rev.start = w;
        rev.trim();
    }

    /** Writes the conversation of every stream; call once after the last frame. */
    List<TcpStreamState> finish() {
        return streams;
    }

    /* Every analysed segment with RST set, in frame order. */
    private int[] resetFrames = new int[64];
    private int resetCount;

    private void addReset(int frame) {
        if (resetCount == resetFrames.length) resetFrames = java.util.Arrays.copyOf(resetFrames, resetCount * 2);
        resetFrames[resetCount++] = frame;
    }

    /** The 0-based frames of every analysed TCP segment with RST set, in frame order. */
    int[] resetFrames() {
        return java.util.Arrays.copyOf(resetFrames, resetCount);
    }
}
