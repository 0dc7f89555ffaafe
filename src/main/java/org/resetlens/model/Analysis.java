package org.resetlens.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.capture.Capture;
import org.resetlens.capture.FrameIndex;

/**
 * A loaded capture with the results of the ordered analysis pass: per-frame columns, TCP streams as
 * {@link TcpConversation}s, the UDP stream count, and the per-frame values Wireshark derives from a
 * stream's final state (scaled window, completeness, iRTT, stream-relative times). Immutable.
 * Frames are 0-based.
 */
public final class Analysis {
    private final Capture capture;
    private final FrameColumns frames;
    private final List<TcpConversation> conversations;
    private final int udpStreamCount;
    private final List<UdpConversation> udpConversations;
    /** Per stream: final window-scale state of flow 0 and flow 1 (-1 unknown, -2 none, else shift). */
    private final byte[] scale;
    private final int[] completeness;
    private final int[] completenessAfterFirst;
    private final int[] firstFrame;
    private final long[] firstRtt;
    private final long[] streamStart;

    private final AppMessages appMessages;
    private final AppPdus appPdus;
    private final int[] tcpResetFrames;
    /** Per host address (the conversations' own strings): the TTLs of its TCP segments without RST. */
    private final Map<String, int[]> hostTtls = new HashMap<>();

    Analysis(Capture capture, FrameColumns frames, List<TcpStreamState> streams, int[] tcpResetFrames,
             int udpStreamCount, long captureStart, AppMessages appMessages, AppPdus appPdus,
             List<UdpConversation> udp) {
        this.tcpResetFrames = tcpResetFrames; // the load pass's own copy
        this.udpConversations = List.copyOf(udp);
        this.appMessages = appMessages;
        this.appPdus = appPdus;
        this.capture = capture;
        this.frames = frames;
        this.udpStreamCount = udpStreamCount;
        int n = streams.size();
        scale = new byte[n * 2];
        completeness = new int[n];
        completenessAfterFirst = new int[n];
        firstFrame = new int[n];
        firstRtt = new long[n];
        streamStart = new long[n];
        List<TcpConversation> list = new ArrayList<>(n);
        AddressNames names = new AddressNames();
        FrameIndex index = capture == null ? null : capture.frames();
        // one call per stream: a loop body run tens of thousands of times once would stay interpreted
        for (TcpStreamState st : streams) list.add(addStream(st, names, captureStart, index));
        conversations = Collections.unmodifiableList(list);
    }

    private TcpConversation addStream(TcpStreamState st, AddressNames names, long captureStart, FrameIndex index) {
        scale[st.id * 2] = (byte) st.flows[0].winScale;
        scale[st.id * 2 + 1] = (byte) st.flows[1].winScale;
        completeness[st.id] = st.completeness;
        completenessAfterFirst[st.id] = st.completeness | st.firstFrameCompleteness;
        firstFrame[st.id] = st.firstFrame;
        firstRtt[st.id] = st.firstRtt;
        streamStart[st.id] = st.tsFirst;
        countTtls(st.flows[0], names.name(st.addrA, st.ipVersion));
        countTtls(st.flows[1], names.name(st.addrB, st.ipVersion));
        return conversation(st, names, captureStart, index, appMessages.streamProtocol(st.id),
                appMessages.unansweredCount(st.id));
    }

    private void countTtls(TcpFlow flow, String sender) {
        if (flow.hasTtls()) flow.addTtlsTo(hostTtls.computeIfAbsent(sender, k -> new int[256]));
    }

    private static TcpConversation conversation(TcpStreamState st, AddressNames names, long captureStart,
                                                FrameIndex index, String app, int unanswered) {
        int c = st.clientFlow < 0 ? 0 : st.clientFlow;
        int s = 1 - c;
        byte[] ca = c == 0 ? st.addrA : st.addrB;
        byte[] sa = c == 0 ? st.addrB : st.addrA;
        int cp = c == 0 ? st.portA : st.portB;
        int sp = c == 0 ? st.portB : st.portA;
        long end = index != null && st.lastFrame >= 0 ? index.timeNanos(st.lastFrame) : st.tsPrev;
        TcpConversation.CloseType close;
        TcpConversation.Role by;
        if (st.flows[0].rstFrame >= 0 || st.flows[1].rstFrame >= 0) {
            close = TcpConversation.CloseType.RST;
            by = firstOf(st.flows[c].rstFrame, st.flows[1 - c].rstFrame);
        } else if (st.flows[0].finFrame >= 0 || st.flows[1].finFrame >= 0) {
            close = TcpConversation.CloseType.FIN;
            by = firstOf(st.flows[c].finFrame, st.flows[1 - c].finFrame);
        } else {
            close = TcpConversation.CloseType.OPEN;
            by = TcpConversation.Role.NONE;
        }
        int rst0 = st.flows[0].rstFrame, rst1 = st.flows[1].rstFrame;
        int firstRst = rst0 < 0 ? rst1 : rst1 < 0 ? rst0 : Math.min(rst0, rst1);
        return new TcpConversation(st.id, st.ipVersion, names.name(ca, st.ipVersion), cp,
                names.name(sa, st.ipVersion), sp, c == 0,
                isn(st.flows[c]), isn(st.flows[s]),
                st.flows[c].packets, st.flows[c].bytes, st.flows[s].packets, st.flows[s].bytes,
                st.firstFrame, st.lastFrame, st.tsFirst - captureStart, end - st.tsFirst,
                st.firstRtt == 0 ? -1 : st.firstRtt, st.flows[c].mss, st.flows[s].mss, st.flows[c].wsShift,
                st.flows[s].wsShift,
                close, by, st.flows[c].finFrame, st.flows[s].finFrame, st.flows[c].resets, st.flows[s].resets, firstRst,
                st.completeness | st.firstFrameCompleteness, st.reusedPorts, ZeekStates.connState(st, c), app, unanswered,
                st.flows[s].sentPlainSynAck, st.flows[0].sentData || st.flows[1].sentData);
    }

    private static long isn(TcpFlow f) {
        return f.sawSyn || f.sawSynAck ? f.baseSeq & 0xffff_ffffL : -1;
    }

    private static TcpConversation.Role firstOf(int cf, int sf) {
        if (cf >= 0 && (sf < 0 || cf <= sf)) return TcpConversation.Role.CLIENT;
        return TcpConversation.Role.SERVER;
    }

    /** The application requests and responses of the capture, paired (SPEC §3). */
    public AppMessages appMessages() {
        return appMessages;
    }

    /** Where TCP reassembly put application PDUs (for {@link AppFrameAnalysis}). */
    AppPdus appPdus() {
        return appPdus;
    }

    public Capture capture() {
        return capture;
    }

    public FrameColumns frames() {
        return frames;
    }

    /** Every TCP stream, indexed by {@code tcp.stream}. */
    public List<TcpConversation> conversations() {
        return conversations;
    }

    public TcpConversation conversation(int stream) {
        return conversations.get(stream);
    }

    public int tcpStreamCount() {
        return conversations.size();
    }

    /** Every UDP stream, indexed by {@code udp.stream} (A = sender of its first packet). */
    public List<UdpConversation> udpConversations() {
        return udpConversations;
    }

    public int udpStreamCount() {
        return udpStreamCount;
    }

    private int flowScale(int frame) {
        int st = frames.stream(frame);
        return scale[st * 2 + frames.direction(frame)];
    }

    /** {@code tcp.window_size}: the window scaled by the flow's final scale factor (SYNs never scaled). */
    public long tcpWindowSize(int frame) {
        long raw = frames.rawWindow(frame) & 0xffffL;
        if ((frames.tcpFlags(frame) & 0x02) != 0 || !frames.haveSegmentLength(frame)) return raw;
        int s = flowScale(frame);
        return s >= 0 ? (raw << s) & 0xffff_ffffL : raw;
    }

    /**
     * {@code tcp.window_size_scalefactor} as tshark prints it (2^shift, -1 unknown, -2 no scaling), or
     * {@link Integer#MIN_VALUE} when Wireshark shows none (SYN segments).
     */
    public int tcpWindowScaleFactor(int frame) {
        if ((frames.tcpFlags(frame) & 0x02) != 0) return Integer.MIN_VALUE;
        int s = flowScale(frame);
        return s >= 0 ? 1 << s : s;
    }

    /**
     * {@code tcp.completeness} as tshark -2 shows it: the stream's final value, plus, after its first
     * frame, the bits the second pass counts for that first frame.
     */
    public int tcpCompleteness(int frame) {
        int s = frames.stream(frame);
        return frame == firstFrame[s] ? completeness[s] : completenessAfterFirst[s];
    }

    /** {@code tcp.time_relative}: nanoseconds since the stream's first frame. */
    public long tcpTimeRelative(int frame) {
        return capture.frames().timeNanos(frame) - streamStart[frames.stream(frame)];
    }

    /** {@code tcp.time_delta} (or the UDP equivalent): nanoseconds since the stream's previous frame. */
    public long streamTimeDelta(int frame) {
        int prev = frames.previousInStream(frame);
        return prev < 0 ? 0 : capture.frames().timeNanos(frame) - capture.frames().timeNanos(prev);
    }

    /** {@code tcp.analysis.ack_rtt} in nanoseconds, or -1 when Wireshark shows none. */
    public long ackRttNanos(int frame) {
        int acked = frames.acksFrame(frame);
        if (acked < 0) return -1;
        long rtt = capture.frames().timeNanos(frame) - capture.frames().timeNanos(acked);
        return rtt == 0 ? -1 : rtt;
    }

    /** {@code tcp.analysis.initial_rtt} in nanoseconds (on frames with an analysis record), or -1. */
    public long initialRttNanos(int frame) {
        if (!frames.hasAnalysis(frame)) return -1;
        long r = firstRtt[frames.stream(frame)];
        return r == 0 ? -1 : r;
    }

    /** The 0-based frames of every analysed TCP segment with RST set, in frame order. */
    public int[] tcpResetFrames() {
        return tcpResetFrames.clone();
    }

    /**
     * The TTL (IPv4) or hop limit (IPv6) counts of each host's TCP segments without RST, keyed by the
     * address as the conversations write it; each array is indexed by TTL (1-255) and is a copy.
     */
    public Map<String, int[]> tcpHostTtls() {
        Map<String, int[]> out = new HashMap<>();
        hostTtls.forEach((host, counts) -> out.put(host, counts.clone()));
        return out;
    }

    /** The TCP Info prefix tshark shows for the frame ("[TCP Retransmission] "), or "". */
    public String tcpInfoPrefix(int frame) {
        return TcpAnalysisFlags.infoPrefix(frames.analysisFlags(frame), frames.duplicateAckFrame(frame) + 1,
                frames.duplicateAckNumber(frame));
    }
}
