package org.resetlens.model;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.dissect.TreeNode;

/**
 * Adds the application layer of the load pass to another {@link FrameAnalysis} (normally the
 * {@link AnalysisDecorator}): reassembled PDUs for the frame that completes them, the
 * "[TCP segment of a reassembled PDU]" Info suffix on the segments before, and request/response
 * peers (SMB2 response times). Everything else is delegated.
 */
public final class AppFrameAnalysis implements FrameAnalysis {
    static final String SEGMENT_SUFFIX = " [TCP segment of a reassembled PDU]";

    private final FrameAnalysis base;
    private final Analysis analysis;
    private final FrameColumns frames;
    private final AppPdus pdus;
    private final AppMessages messages;

    public AppFrameAnalysis(FrameAnalysis base, Analysis analysis) {
        this.base = base;
        this.analysis = analysis;
        this.frames = analysis.frames();
        this.pdus = analysis.appPdus();
        this.messages = analysis.appMessages();
    }

    @Override
    public void decorateTcp(int frame, Dissection dissection, TreeNode tcpNode) {
        base.decorateTcp(frame, dissection, tcpNode);
    }

    @Override
    public void decorateUdp(int frame, Dissection dissection, TreeNode udpNode) {
        base.decorateUdp(frame, dissection, udpNode);
    }

    private boolean tcp(int frame) {
        return frame >= 0 && frame < frames.size() && frames.isTcp(frame);
    }

    @Override
    public TcpInfoFacts tcpInfo(int frame) {
        TcpInfoFacts facts = base.tcpInfo(frame);
        if (!tcp(frame)) return facts;
        if (facts == null) {
            facts = new TcpInfoFacts(frames.seq(frame), frames.ack(frame), analysis.tcpWindowSize(frame),
                    analysis.tcpInfoPrefix(frame), "");
        }
        if (onlyPartial(frame)) {
            return new TcpInfoFacts(facts.seq(), facts.ack(), facts.windowSize(), facts.prefix(),
                    facts.suffix() + SEGMENT_SUFFIX);
        }
        return facts;
    }

    private boolean onlyPartial(int frame) {
        if (!pdus.partial(frame) || pdus.protocol(frames.stream(frame)) == null) return false;
        int k = pdus.firstAt(frame);
        return k >= pdus.endFrame.length || pdus.endFrame[k] != frame;
    }

    private int payloadLength(int frame) {
        long next = frames.nxtSeq(frame);
        if (next < 0) return 0;
        int len = (int) (next - frames.seq(frame));
        if ((frames.tcpFlags(frame) & (PacketSummary.SYN | PacketSummary.FIN)) != 0) len--;
        return len;
    }

    @Override
    public TcpApp tcpApp(int frame) {
        if (!tcp(frame)) return null;
        int s = frames.stream(frame);
        String protocol = pdus.protocol(s);
        if (protocol == null) return null;
        int seq = (int) frames.seq(frame);
        int seglen = payloadLength(frame);
        List<TcpPdu> list = new ArrayList<>(2);
        for (int k = pdus.firstAt(frame); k < pdus.endFrame.length && pdus.endFrame[k] == frame; k++) {
            int rel = pdus.start[k] - seq;
            int len = pdus.length[k];
            if (rel >= 0 && rel + len <= seglen) {
                list.add(new TcpPdu(null, rel, len));
            } else {
                list.add(new TcpPdu(gather(frame, frames.fromSecondEndpoint(frame), pdus.start[k], len), 0, len));
            }
        }
        return new TcpApp(protocol, list);
    }

    /** Puts a PDU's bytes together from the segments of its direction, walking back from its last frame. */
    private byte[] gather(int last, boolean reverse, int start, int len) {
        FrameIndex index = analysis.capture().frames();
        byte[] out = new byte[len];
        boolean[] got = new boolean[len];
        int filled = 0;
        PacketSummary summary = new PacketSummary();
        int steps = 0;
        for (int g = last; g >= 0 && filled < len && steps < 2_000_000; g = frames.previousInStream(g), steps++) {
            if (!frames.isTcp(g) || frames.fromSecondEndpoint(g) != reverse || !frames.haveSegmentLength(g)) continue;
            int glen = payloadLength(g);
            if (glen <= 0) continue;
            int a = (int) frames.seq(g) - start;
            int lo = Math.max(0, a), hi = (int) Math.min(len, (long) a + glen);
            if (lo >= hi) continue;
            summary.decode(index.source(), index.dataOffset(g), index.capturedLength(g), index.linkType(g));
            if (summary.payloadOffset < 0) continue;
            int captured = index.capturedLength(g) - summary.payloadOffset;
            long base = index.dataOffset(g) + summary.payloadOffset;
            for (int i = lo; i < hi; i++) {
                if (got[i] || i - a >= captured) continue;
                out[i] = index.source().get(base + i - a);
                got[i] = true;
                filled++;
            }
        }
        return out;
    }

    @Override
    public AppPeer appPeer(int frame, long key) {
        int m = messages.find(frame, key, true);
        if (m >= 0) return new AppPeer(messages.requestFrame(m), messages.responseTime(m));
        m = messages.find(frame, key, false);
        if (m >= 0 && messages.responseFrame(m) >= 0) {
            return new AppPeer(messages.responseFrame(m), messages.responseTime(m));
        }
        return null;
    }

    @Override
    public String smb2FileName(int frame, long msgId, long persistent, long volatileId) {
        if (persistent == -1 && volatileId == -1) {
            int m = messages.find(frame, msgId, true);
            return m >= 0 ? messages.createName(m) : null;
        }
        return tcp(frame) ? messages.fileName(frames.stream(frame), persistent, volatileId) : null;
    }
}
