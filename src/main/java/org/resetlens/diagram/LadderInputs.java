package org.resetlens.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.dissect.PacketSummary;
import org.resetlens.model.Addresses;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpAnalysisFlags;
import org.resetlens.model.TcpConversation;

/**
 * The adapter from the loaded capture ({@code model}'s {@link Analysis}, {@code dissect} for
 * application summaries) to {@link LadderInput}: a whole TCP stream, or any frames (a selection,
 * the displayed packets) with one lane per host or host:port as Wireshark's Flow Graph.
 * Frame numbers in the result are 1-based; the arguments here are 0-based frame indexes.
 */
public final class LadderInputs {
    private static final int RETRANSMISSIONS = TcpAnalysisFlags.RETRANSMISSION | TcpAnalysisFlags.FAST_RETRANSMISSION
            | TcpAnalysisFlags.SPURIOUS_RETRANSMISSION;

    /** How the frames view groups endpoints into lanes. */
    public enum Lanes { HOST, HOST_PORT }

    private LadderInputs() { }

    /** The 0-based frames of {@code tcp.stream} {@code stream}, in capture order. */
    public static int[] streamFrames(Analysis a, int stream) {
        FrameColumns fc = a.frames();
        TcpConversation c = a.conversation(stream);
        int n = 0;
        for (int f = c.lastFrame(); f >= 0; f = fc.previousInStream(f)) n++;
        int[] out = new int[n];
        for (int f = c.lastFrame(), i = n - 1; f >= 0; f = fc.previousInStream(f)) out[i--] = f;
        return out;
    }

    /**
     * One TCP stream: the client's lane left, the server's right, every packet, notes from the frames'
     * pcapng comments. {@code dissectors} (may be null) supplies application summaries.
     */
    public static LadderInput stream(Analysis a, int stream, Dissectors dissectors) {
        TcpConversation c = a.conversation(stream);
        FrameColumns fc = a.frames();
        FrameIndex idx = a.capture().frames();
        PacketSummary ps = new PacketSummary();
        List<LadderEvent> events = new ArrayList<>();
        List<Annotation> notes = new ArrayList<>();
        for (int f : streamFrames(a, stream)) {
            boolean fromClient = fc.fromSecondEndpoint(f) != c.firstSenderIsClient();
            events.add(event(a, f, fromClient ? 0 : 1, fromClient ? 1 : 0, ps, dissectors));
            addNotes(idx, f, notes);
        }
        String title = "tcp.stream " + stream + ": " + c.clientEndpoint() + " → " + c.serverEndpoint();
        return new LadderInput(title, List.of(new Endpoint(c.clientEndpoint(), "client"),
                new Endpoint(c.serverEndpoint(), "server")), events, notes, null, idx.size() > 0 ? idx.timeNanos(0) : 0);
    }

    /** Any frames (0-based, ascending): a lane per endpoint in order of first appearance. */
    public static LadderInput frames(Analysis a, int[] frames, Lanes lanes, Dissectors dissectors, String title) {
        FrameIndex idx = a.capture().frames();
        PacketSummary ps = new PacketSummary();
        Map<String, Integer> laneOf = new LinkedHashMap<>();
        List<LadderEvent> events = new ArrayList<>(frames.length);
        List<Annotation> notes = new ArrayList<>();
        Dissectors d = dissectors;
        for (int f : frames) {
            ps.decode(idx.source(), idx.dataOffset(f), idx.capturedLength(f), idx.linkType(f));
            String src, dst;
            if (ps.ipVersion != 0) {
                src = Addresses.format(ps.src, ps.ipVersion);
                dst = Addresses.format(ps.dst, ps.ipVersion);
                if (lanes == Lanes.HOST_PORT && (ps.tcp || ps.udp)) {
                    src = src + ":" + ps.srcPort;
                    dst = dst + ":" + ps.dstPort;
                }
            } else {
                if (d == null) d = Dissectors.standard();
                Dissection dis = d.dissect(idx, f, FrameAnalysis.NONE);
                src = dis.sourceColumn().isEmpty() ? "?" : dis.sourceColumn();
                dst = dis.destinationColumn().isEmpty() ? "?" : dis.destinationColumn();
            }
            int from = laneOf.computeIfAbsent(src, k -> laneOf.size());
            int to = laneOf.computeIfAbsent(dst, k -> laneOf.size());
            events.add(event(a, f, from, to, ps, d));
            addNotes(idx, f, notes);
        }
        List<Endpoint> eps = laneOf.keySet().stream().map(k -> new Endpoint(k, "")).toList();
        return new LadderInput(title, eps, events, notes, null, idx.size() > 0 ? idx.timeNanos(0) : 0);
    }

    private static LadderEvent event(Analysis a, int f, int from, int to, PacketSummary ps, Dissectors dissectors) {
        FrameIndex idx = a.capture().frames();
        FrameColumns fc = a.frames();
        ps.decode(idx.source(), idx.dataOffset(f), idx.capturedLength(f), idx.linkType(f));
        String label, app = "";
        EventKind kind;
        if (fc.isTcp(f)) {
            int flags = fc.tcpFlags(f);
            label = a.tcpInfoPrefix(f) + Labels.tcp(flags, fc.seq(f), fc.ack(f), ps.tcpLen);
            kind = Labels.kind(flags, ps.tcpLen, (fc.analysisFlags(f) & RETRANSMISSIONS) != 0);
            if (ps.tcpLen > 0 && dissectors != null) app = appSummary(dissectors.dissect(idx, f, FrameAnalysis.NONE));
        } else {
            Dissection d = (dissectors == null ? Dissectors.standard() : dissectors).dissect(idx, f, FrameAnalysis.NONE);
            label = d.protocolColumn() + " " + d.infoColumn();
            kind = EventKind.OTHER;
        }
        return new LadderEvent(f + 1, idx.timeNanos(f), from, to, label, kind, app);
    }

    /** The application message a TCP segment carries, as protocol and Info column, or "" for bare TCP. */
    static String appSummary(Dissection d) {
        String proto = d.protocolColumn();
        if (proto.isEmpty() || proto.equals("TCP") || d.infoColumn().contains("[TCP segment of")) return "";
        String info = d.infoColumn().strip();
        int lastSpace = info.lastIndexOf(' ');
        if (info.endsWith(":") && lastSpace > 0) info = info.substring(0, lastSpace); // "File: " with no name
        return info.startsWith(proto) ? info : proto + " " + info;
    }

    private static void addNotes(FrameIndex idx, int f, List<Annotation> notes) {
        List<String> c = idx.comments(f);
        if (!c.isEmpty()) notes.add(new Annotation(f + 1, String.join("\n", c)));
    }
}
