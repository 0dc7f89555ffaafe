package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpAnalysisFlags;
import org.resetlens.model.TcpConversation;

/**
 * Adapts the model's load pass to the engine: one stream view per {@code tcp.stream}, over primitive columns
 * of the raw numbers, TTL and IP-ID the engine needs, decoded once from the frame headers.
 */
public final class ModelStreams {
    private final Analysis analysis;
    private final FrameIndex index;
    private final long[] seq, ack;
    private final int[] len, ttl, ipId, flags, payloadOffset;

    private ModelStreams(Analysis analysis, int n) {
        this.analysis = analysis;
        this.index = analysis.capture().frames();
        seq = new long[n];
        ack = new long[n];
        len = new int[n];
        ttl = new int[n];
        ipId = new int[n];
        flags = new int[n];
        payloadOffset = new int[n];
    }

    /** The stream views of every TCP stream of the analysis, indexed by {@code tcp.stream}. */
    public static List<StreamView> of(Analysis analysis) {
        FrameColumns cols = analysis.frames();
        int n = cols.size();
        ModelStreams m = new ModelStreams(analysis, n);
        int streams = analysis.tcpStreamCount();
        IntList[] frames = new IntList[streams];
        PacketSummary ps = new PacketSummary();
        FrameIndex idx = m.index;
        for (int f = 0; f < n; f++) {
            if (!cols.isTcp(f)) continue;
            int s = cols.stream(f);
            if (s < 0 || s >= streams) continue;
            ps.decode(idx.source(), idx.dataOffset(f), idx.capturedLength(f), idx.linkType(f));
            if (!ps.tcp || ps.icmpType >= 0) continue;
            m.seq[f] = ps.seqRaw;
            m.ack[f] = ps.ackRaw;
            m.len[f] = ps.tcpLen;
            m.ttl[f] = ps.ttl;
            m.ipId[f] = ps.ipVersion == 4 ? ps.ipId : -1;
            m.flags[f] = ps.tcpFlags;
            m.payloadOffset[f] = ps.payloadOffset;
            if (frames[s] == null) frames[s] = new IntList();
            frames[s].add(f);
        }
        List<StreamView> out = new ArrayList<>(streams);
        for (int s = 0; s < streams; s++) {
            TcpConversation c = analysis.conversation(s);
            IntList l = frames[s] == null ? new IntList() : frames[s];
            int[] fr = new int[l.size()];
            for (int i = 0; i < fr.length; i++) fr[i] = l.get(i);
            out.add(m.new View(c, fr));
        }
        return out;
    }

    /** One stream: a list of frame indices into the shared columns. */
    private final class View implements StreamView {
        private final TcpConversation c;
        private final int[] frames;

        View(TcpConversation c, int[] frames) {
            this.c = c;
            this.frames = frames;
        }

        @Override public int stream() { return c.stream(); }
        @Override public int size() { return frames.length; }
        @Override public int frame(int i) { return frames[i]; }
        @Override public long timeNanos(int i) { return index.timeNanos(frames[i]); }
        @Override public int flags(int i) { return flags[frames[i]]; }
        @Override public long seq(int i) { return seq[frames[i]]; }
        @Override public long ack(int i) { return ack[frames[i]]; }
        @Override public int len(int i) { return len[frames[i]]; }
        @Override public int ttl(int i) { return ttl[frames[i]]; }
        @Override public int ipId(int i) { return ipId[frames[i]]; }
        @Override public int window(int i) { return analysis.frames().rawWindow(frames[i]); }
        @Override public String clientAddress() { return c.clientAddress(); }
        @Override public String serverAddress() { return c.serverAddress(); }
        @Override public int clientPort() { return c.clientPort(); }
        @Override public int serverPort() { return c.serverPort(); }

        @Override
        public boolean fromClient(int i) {
            return analysis.frames().fromSecondEndpoint(frames[i]) != c.firstSenderIsClient();
        }

        @Override
        public int analysis(int i) {
            int a = analysis.frames().analysisFlags(frames[i]);
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
        public byte[] payload(int i) {
            int f = frames[i];
            int off = payloadOffset[f];
            int avail = Math.min(len[f], index.capturedLength(f) - off);
            if (off < 0 || avail <= 0) return new byte[0];
            byte[] all = index.bytes(f);
            return Arrays.copyOfRange(all, off, off + avail);
        }
    }
}
