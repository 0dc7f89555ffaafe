package org.resetlens.ui.backend;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpAnalysisFlags;
import org.resetlens.model.TcpConversation;
import org.resetlens.model.UdpConversation;

/** Answers the window's stream, conversation, expert and follow questions from the model's {@link Analysis}. */
final class ModelAdapter {
    private final Analysis analysis;
    private final FrameColumns columns;

    ModelAdapter(Analysis analysis) {
        this.analysis = analysis;
        this.columns = analysis.frames();
    }

    int tcpStream(int frame) {
        return frame < columns.size() && columns.isTcp(frame) ? columns.stream(frame) : -1;
    }

    int udpStream(int frame) {
        return frame < columns.size() && columns.isUdp(frame) ? columns.stream(frame) : -1;
    }

    List<ConversationRow> conversations() {
        List<ConversationRow> out = new ArrayList<>();
        for (TcpConversation c : analysis.conversations()) {
            String close = switch (c.close()) {
                case OPEN -> "open";
                case FIN, RST -> c.close().name() + " by " + c.closedBy().name().toLowerCase();
            };
            out.add(new ConversationRow(ConversationRow.Transport.TCP, c.stream(), c.clientAddress(), c.clientPort(),
                    c.serverAddress(), c.serverPort(), c.packetsClientToServer(), c.bytesClientToServer(),
                    c.packetsServerToClient(), c.bytesServerToClient(), c.startNanos(), c.durationNanos(), close,
                    c.resets(), c.zeekState(), c.unanswered()));
        }
        for (UdpConversation u : analysis.udpConversations()) {
            out.add(new ConversationRow(ConversationRow.Transport.UDP, u.stream(), u.addressA(), u.portA(),
                    u.addressB(), u.portB(), u.packetsAtoB(), u.bytesAtoB(), u.packetsBtoA(), u.bytesBtoA(),
                    u.startNanos(), u.durationNanos(), "", 0, "", 0));
        }
        return out;
    }

    /** Wireshark's expert items for the TCP analysis flags, and the chats for SYN, FIN and RST. */
    List<ExpertItem> expert() {
        List<ExpertItem> out = new ArrayList<>();
        for (int f = 0; f < columns.size(); f++) {
            if (!columns.isTcp(f)) continue;
            int flags = columns.analysisFlags(f);
            for (TcpAnalysisFlags.Flag fl : TcpAnalysisFlags.ALL) {
                if ((flags & fl.bit()) != 0) out.add(expertFor(fl.bit(), f));
            }
            int tcp = columns.tcpFlags(f);
            if ((tcp & PacketSummary.SYN) != 0) {
                out.add(new ExpertItem(ExpertItem.Level.CHAT, "Sequence", "TCP", (tcp & PacketSummary.ACK) != 0
                        ? "Connection establish acknowledge (SYN+ACK)" : "Connection establish request (SYN)", f));
            }
            if ((tcp & PacketSummary.FIN) != 0) {
                out.add(new ExpertItem(ExpertItem.Level.CHAT, "Sequence", "TCP", "Connection finish (FIN)", f));
            }
        }
        return out;
    }

    private static ExpertItem expertFor(int bit, int frame) {
        ExpertItem.Level w = ExpertItem.Level.WARNING, n = ExpertItem.Level.NOTE;
        return switch (bit) {
            case TcpAnalysisFlags.RETRANSMISSION -> item(n, "This frame is a (suspected) retransmission", frame);
            case TcpAnalysisFlags.FAST_RETRANSMISSION -> item(n, "This frame is a (suspected) fast retransmission", frame);
            case TcpAnalysisFlags.SPURIOUS_RETRANSMISSION -> item(n, "This frame is a (suspected) spurious retransmission", frame);
            case TcpAnalysisFlags.OUT_OF_ORDER -> item(w, "This frame is a (suspected) out-of-order segment", frame);
            case TcpAnalysisFlags.LOST_PACKET -> item(w, "Previous segment(s) not captured (common at capture start)", frame);
            case TcpAnalysisFlags.ACK_LOST_PACKET -> item(w, "ACKed segment that wasn't captured (common at capture start)", frame);
            case TcpAnalysisFlags.WINDOW_UPDATE -> new ExpertItem(ExpertItem.Level.CHAT, "Sequence", "TCP", "TCP window update", frame);
            case TcpAnalysisFlags.WINDOW_FULL -> item(w, "TCP window specified by the receiver is now completely full", frame);
            case TcpAnalysisFlags.KEEP_ALIVE -> item(n, "TCP keep-alive segment", frame);
            case TcpAnalysisFlags.KEEP_ALIVE_ACK -> item(n, "ACK to a TCP keep-alive segment", frame);
            case TcpAnalysisFlags.DUPLICATE_ACK -> item(n, "Duplicate ACK", frame);
            case TcpAnalysisFlags.ZERO_WINDOW -> item(w, "TCP Zero Window segment", frame);
            case TcpAnalysisFlags.ZERO_WINDOW_PROBE -> item(n, "TCP Zero Window Probe", frame);
            case TcpAnalysisFlags.ZERO_WINDOW_PROBE_ACK -> item(n, "ACK to a TCP Zero Window Probe", frame);
            case TcpAnalysisFlags.REUSED_PORTS -> item(n, "A new tcp session is started with the same ports as an earlier session", frame);
            default -> item(n, "TCP analysis flag 0x" + Integer.toHexString(bit), frame);
        };
    }

    private static ExpertItem item(ExpertItem.Level level, String summary, int frame) {
        return new ExpertItem(level, "Sequence", "TCP", summary, frame);
    }

    /**
     * The stream's payload in capture order, one chunk per segment with new data (retransmissions
     * left out). A stand-in until the model offers reassembled stream payloads.
     */
    List<StreamChunk> followTcp(int stream, FrameIndex index) {
        if (stream < 0 || stream >= analysis.tcpStreamCount()) return new ArrayList<>();
        TcpConversation c = analysis.conversation(stream);
        return TcpFollow.follow(columns, index, stream, c.firstFrame(), c.lastFrame());
    }
}
