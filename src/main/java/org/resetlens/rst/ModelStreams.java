package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.FrameIndex;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpAnalysisFlags;
import org.resetlens.model.TcpConversation;

/**
 * Adapts the model's load pass to the engine: one stream view per {@code tcp.stream}, reading the raw numbers,
 * TTL and IP-ID the load pass stored in its columns, so no frame is decoded twice. The streams' frames are
 * grouped once into one array (each stream a contiguous, frame-ordered slice of it).
 */
public final class ModelStreams {
    private final Analysis analysis;
    private final FrameColumns cols;
    private final FrameIndex index;

    private ModelStreams(Analysis analysis) {
        this.analysis = analysis;
        this.cols = analysis.frames();
        this.index = analysis.capture().frames();
    }

    /** The stream views of every TCP stream of the analysis, indexed by {@code tcp.stream}. */
    public static List<StreamView> of(Analysis analysis) {
        ModelStreams m = new ModelStreams(analysis);
        FrameColumns cols = m.cols;
        int n = cols.size();
        int streams = analysis.tcpStreamCount();
        int[] start = new int[streams + 1];
        for (int f = 0; f < n; f++) {
            if (!cols.isTcpSegment(f)) continue;
            int s = cols.stream(f);
            if (s >= 0 && s < streams) start[s + 1]++;
        }
        for (int s = 0; s < streams; s++) start[s + 1] += start[s];
        int[] frames = new int[start[streams]];
        int[] fill = start.clone();
        for (int f = 0; f < n; f++) {
            if (!cols.isTcpSegment(f)) continue;
            int s = cols.stream(f);
            if (s >= 0 && s < streams) frames[fill[s]++] = f;
        }
        List<StreamView> out = new ArrayList<>(streams);
        for (int s = 0; s < streams; s++) out.add(m.view(s, frames, start)); // a call each: see profile()
        return out;
    }

    /**
     * The capture profile the engine compares streams against, from what the load pass gathered (the same
     * facts {@link CaptureProfile#add} gathers from the stream views, without a pass over the packets): each
     * host's TTLs over its segments without RST, the resets each service's side sent, and the streams whose
     * server answered the handshake and that carried data.
     */
    static CaptureProfile profile(Analysis analysis) {
        FrameColumns cols = analysis.frames();
        FrameIndex index = analysis.capture().frames();
        int streams = analysis.tcpStreamCount();
        CaptureProfile profile = new CaptureProfile();
        analysis.tcpHostTtls().forEach(profile::addTtl);
        // a call per reset and per stream: loop bodies run tens of thousands of times once would stay interpreted
        for (int f : analysis.tcpResetFrames()) serverReset(profile, analysis, cols, index, f);
        for (int s = 0; s < streams; s++) success(profile, analysis.conversation(s));
        return profile;
    }

    private static void serverReset(CaptureProfile profile, Analysis analysis, FrameColumns cols, FrameIndex index,
                                    int f) {
        int s = cols.stream(f);
        if (s < 0 || s >= analysis.tcpStreamCount()) return;
        TcpConversation c = analysis.conversation(s);
        boolean fromClient = cols.fromSecondEndpoint(f) != c.firstSenderIsClient();
        if (!fromClient) {
            profile.addServiceReset(new CaptureProfile.Service(c.serverAddress(), c.serverPort()), index.timeNanos(f), s);
        }
    }

    private static void success(CaptureProfile profile, TcpConversation c) {
        if (c.serverSentSynAck() && c.carriedData()) {
            profile.addServiceSuccess(new CaptureProfile.Service(c.serverAddress(), c.serverPort()));
        }
    }

    private View view(int stream, int[] frames, int[] start) {
        return new View(analysis.conversation(stream), frames, start[stream], start[stream + 1]);
    }

    /** One stream: a slice of the shared frame array, read through the shared columns. */
    private final class View implements StreamView {
        private final TcpConversation c;
        private final int[] frames;
        private final int from, size;

        View(TcpConversation c, int[] frames, int from, int to) {
            this.c = c;
            this.frames = frames;
            this.from = from;
            this.size = to - from;
        }

        private int f(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
            return frames[from + i];
        }

        @Override public int stream() { return c.stream(); }
        @Override public boolean hasReset() { return c.clientResets() + c.serverResets() > 0; }
        @Override public int size() { return size; }
        @Override public int frame(int i) { return f(i); }
        @Override public long timeNanos(int i) { return index.timeNanos(f(i)); }
        @Override public int flags(int i) { return cols.tcpFlags(f(i)); }
        @Override public long seq(int i) { return cols.rawSeq(f(i)); }
        @Override public long ack(int i) { return cols.rawAck(f(i)); }
        @Override public int len(int i) { return cols.segmentLength(f(i)); }
        @Override public int ttl(int i) { return cols.ttl(f(i)); }
        @Override public int ipId(int i) { return cols.ipId(f(i)); }
        @Override public int window(int i) { return cols.rawWindow(f(i)); }
        @Override public String clientAddress() { return c.clientAddress(); }
        @Override public String serverAddress() { return c.serverAddress(); }
        @Override public int clientPort() { return c.clientPort(); }
        @Override public int serverPort() { return c.serverPort(); }

        @Override
        public boolean fromClient(int i) {
            return cols.fromSecondEndpoint(f(i)) != c.firstSenderIsClient();
        }

        @Override
        public int analysis(int i) {
            int a = cols.analysisFlags(f(i));
            int out = 0;
            if ((a & (TcpAnalysisFlags.RETRANSMISSION | TcpAnalysisFlags.FAST_RETRANSMISSION
                    | TcpAnalysisFlags.SPURIOUS_RETRANSMISSION)) != 0) out |= A_RETRANSMISSION;
            if ((a & TcpAnalysisFlags.KEEP_ALIVE) != 0) out |= A_KEEP_ALIVE;
            if ((a & TcpAnalysisFlags.ZERO_WINDOW) != 0) out |= A_ZERO_WINDOW;
            if ((a & TcpAnalysisFlags.ZERO_WINDOW_PROBE) != 0) out |= A_ZERO_WINDOW_PROBE;
            if ((a & TcpAnalysisFlags.DUPLICATE_ACK) != 0) out |= A_DUP_ACK;
            if ((a & TcpAnalysisFlags.KEEP_ALIVE_ACK) != 0) out |= A_KEEP_ALIVE_ACK;
            if ((a & TcpAnalysisFlags.OUT_OF_ORDER) != 0) out |= A_OUT_OF_ORDER;
            return out;
        }

        @Override
        public int payloadLength(int i) {
            int f = f(i);
            int off = cols.payloadOffset(f);
            if (off < 0) return 0;
            return Math.max(0, Math.min(cols.segmentLength(f), index.capturedLength(f) - off));
        }

        @Override
        public byte[] payload(int i) {
            int f = f(i);
            int avail = payloadLength(i);
            if (avail <= 0) return new byte[0];
            byte[] out = new byte[avail];
            index.source().copy(index.dataOffset(f) + cols.payloadOffset(f), out, 0, avail);
            return out;
        }
    }
}
