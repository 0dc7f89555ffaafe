package org.resetlens.model;

import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldFormatter;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldValue;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.dissect.TreeNode;

/**
 * Shows the load-time results in a frame's details tree and Info column, as Wireshark's TCP and UDP
 * dissectors do: stream index, completeness, relative numbers, scaled window, [Timestamps] and the
 * [SEQ/ACK analysis] subtree with its flags. Field definitions come from the dissectors' registry.
 */
public final class AnalysisDecorator implements FrameAnalysis {
    private final Analysis analysis;
    private final FrameColumns frames;
    private final FieldDef stream, completeness, seq, nxtseq, ack, windowSize, scaleFactor, timeRelative,
            timeDelta, seqAck, acksFrame, ackRtt, initialRtt, bytesInFlight, flags, dupAckNum, dupAckFrame,
            udpStream;
    private final FieldDef[] flagFields = new FieldDef[TcpAnalysisFlags.ALL.size()];

    public AnalysisDecorator(Analysis analysis, FieldRegistry registry) {
        this.analysis = analysis;
        this.frames = analysis.frames();
        stream = registry.get("tcp.stream");
        completeness = registry.get("tcp.completeness");
        seq = registry.get("tcp.seq");
        nxtseq = registry.get("tcp.nxtseq");
        ack = registry.get("tcp.ack");
        windowSize = registry.get("tcp.window_size");
        scaleFactor = registry.get("tcp.window_size_scalefactor");
        timeRelative = registry.get("tcp.time_relative");
        timeDelta = registry.get("tcp.time_delta");
        seqAck = registry.get("tcp.analysis");
        acksFrame = registry.get("tcp.analysis.acks_frame");
        ackRtt = registry.get("tcp.analysis.ack_rtt");
        initialRtt = registry.get("tcp.analysis.initial_rtt");
        bytesInFlight = registry.get("tcp.analysis.bytes_in_flight");
        flags = registry.get("tcp.analysis.flags");
        dupAckNum = registry.get("tcp.analysis.duplicate_ack_num");
        dupAckFrame = registry.get("tcp.analysis.duplicate_ack_frame");
        udpStream = registry.get("udp.stream");
        for (int i = 0; i < flagFields.length; i++) flagFields[i] = registry.get(TcpAnalysisFlags.ALL.get(i).field());
    }

    private boolean known(int frame, byte kind) {
        return frame >= 0 && frame < frames.size() && frames.kind(frame) == kind;
    }

    private static TreeNode generated(Dissection d, TreeNode parent, FieldDef f, Object value, String valueText,
                                      int linkedFrame) {
        String text = valueText != null ? f.name() + ": " + valueText
                : FieldFormatter.label(new FieldValue(f, value, 0, 0));
        return d.add(parent, f, value, 0, 0, "[" + text + "]", linkedFrame);
    }

    @Override
    public void decorateTcp(int frame, Dissection d, TreeNode tcp) {
        if (!known(frame, FrameColumns.TCP)) return;
        int c = analysis.tcpCompleteness(frame);
        generated(d, tcp, stream, (long) frames.stream(frame), null, -1);
        generated(d, tcp, completeness, (long) c, completenessText(c), -1);
        boolean relative = frames.haveSegmentLength(frame);
        int h = tcp.offset();
        d.add(tcp, seq, frames.seq(frame), h + 4, 4, seq.name() + ": " + frames.seq(frame)
                + (relative ? "    (relative sequence number)" : ""), -1);
        if (frames.nxtSeq(frame) >= 0) {
            generated(d, tcp, nxtseq, frames.nxtSeq(frame), frames.nxtSeq(frame) + "    (relative sequence number)", -1);
        }
        boolean ackFlag = (frames.tcpFlags(frame) & 0x10) != 0;
        d.add(tcp, ack, frames.ack(frame), h + 8, 4, ack.name() + ": " + frames.ack(frame)
                + (ackFlag && relative ? "    (relative ack number)" : ""), -1);
        d.add(tcp, windowSize, analysis.tcpWindowSize(frame), h + 14, 2,
                "[" + windowSize.name() + ": " + analysis.tcpWindowSize(frame) + "]", -1);
        int sf = analysis.tcpWindowScaleFactor(frame);
        if (sf != Integer.MIN_VALUE) {
            String text = sf == -1 ? "-1 (unknown)" : sf == -2 ? "-2 (no window scaling used)" : Integer.toString(sf);
            generated(d, tcp, scaleFactor, (long) sf, text, -1);
        }
        TreeNode ts = d.text(tcp, "[Timestamps]", 0, 0);
        generated(d, ts, timeRelative, analysis.tcpTimeRelative(frame), null, -1);
        generated(d, ts, timeDelta, analysis.streamTimeDelta(frame), null, -1);
        if (frames.hasAnalysis(frame)) seqAckTree(frame, d, tcp);
    }

    private void seqAckTree(int frame, Dissection d, TreeNode tcp) {
        TreeNode tree = d.add(tcp, seqAck, null, 0, 0, "[SEQ/ACK analysis]", -1);
        int acked = frames.acksFrame(frame);
        if (acked >= 0) {
            generated(d, tree, acksFrame, (long) acked + 1, null, acked);
            long rtt = analysis.ackRttNanos(frame);
            if (rtt >= 0) generated(d, tree, ackRtt, rtt, null, -1);
        }
        long irtt = analysis.initialRttNanos(frame);
        if (irtt >= 0) generated(d, tree, initialRtt, irtt, null, -1);
        if (frames.bytesInFlight(frame) != 0) generated(d, tree, bytesInFlight, frames.bytesInFlight(frame), null, -1);
        int f = frames.analysisFlags(frame);
        if (f == 0) return;
        TreeNode flagTree = d.add(tree, flags, null, 0, 0, "[TCP Analysis Flags]", -1);
        for (int i = 0; i < flagFields.length; i++) {
            TcpAnalysisFlags.Flag flag = TcpAnalysisFlags.ALL.get(i);
            if ((f & flag.bit()) == 0) continue;
            if (flag.bit() == TcpAnalysisFlags.DUPLICATE_ACK) {
                d.add(flagTree, flagFields[i], null, 0, 0, "[This is a TCP duplicate ack]", -1);
                int num = frames.duplicateAckNumber(frame);
                int orig = frames.duplicateAckFrame(frame);
                if (num != 0) {
                    generated(d, tree, dupAckNum, (long) num, null, -1);
                    generated(d, tree, dupAckFrame, (long) orig + 1, null, orig);
                }
            } else {
                d.add(flagTree, flagFields[i], null, 0, 0, expert(flag.bit(), flagFields[i]), -1);
            }
        }
        if ((f & (TcpAnalysisFlags.FAST_RETRANSMISSION | TcpAnalysisFlags.SPURIOUS_RETRANSMISSION)) != 0
                && (f & TcpAnalysisFlags.RETRANSMISSION) == 0) {
            FieldDef retrans = flagFields[1];
            d.add(flagTree, retrans, null, 0, 0, expert(TcpAnalysisFlags.RETRANSMISSION, retrans), -1);
        }
    }

    /** Wireshark's label for tcp.completeness: "Complete, WITH_DATA (31)". */
    static String completenessText(int v) {
        String s = switch (v) {
            case 1 -> "Incomplete, SYN_SENT";
            case 3 -> "Incomplete, CLIENT_ESTABLISHED";
            case 7 -> "Incomplete, ESTABLISHED";
            case 15 -> "Incomplete, DATA";
            case 31, 47, 63 -> "Complete, WITH_DATA";
            case 23, 39, 55 -> "Complete, NO_DATA";
            default -> "Incomplete";
        };
        return s + " (" + v + ")";
    }

    @Override
    public void decorateUdp(int frame, Dissection d, TreeNode udp) {
        if (!known(frame, FrameColumns.UDP)) return;
        generated(d, udp, udpStream, (long) frames.stream(frame), null, -1);
    }

    @Override
    public TcpInfoFacts tcpInfo(int frame) {
        if (!known(frame, FrameColumns.TCP)) return null;
        return new TcpInfoFacts(frames.seq(frame), frames.ack(frame), analysis.tcpWindowSize(frame),
                analysis.tcpInfoPrefix(frame), "");
    }

    /** The expert-info line Wireshark shows for a flag, with its severity in the Sequence group. */
    private static String expert(int bit, FieldDef field) {
        String severity = switch (bit) {
            case TcpAnalysisFlags.WINDOW_UPDATE -> "Chat";
            case TcpAnalysisFlags.OUT_OF_ORDER, TcpAnalysisFlags.LOST_PACKET, TcpAnalysisFlags.ACK_LOST_PACKET,
                    TcpAnalysisFlags.WINDOW_FULL, TcpAnalysisFlags.ZERO_WINDOW -> "Warning";
            default -> "Note";
        };
        return "[Expert Info (" + severity + "/Sequence): " + field.name() + "]";
    }
}
