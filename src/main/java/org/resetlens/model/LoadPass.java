package org.resetlens.model;

import org.resetlens.capture.Capture;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.Diagnostic;
import org.resetlens.dissect.PacketSummary;

/**
 * The single ordered pass over a capture: decodes each frame's headers with one reused
 * {@link PacketSummary} and runs TCP stream tracking and analysis and UDP stream numbering,
 * writing {@link FrameColumns}. Use as the {@link FrameListener} of a reader, then {@link #finish}.
 */
public final class LoadPass implements FrameListener {
    private final PacketSummary summary = new PacketSummary();
    private final FrameColumns columns = new FrameColumns();
    private final TcpAnalyzer tcp = new TcpAnalyzer(columns);
    private final EndpointTable udpTable = new EndpointTable();
    private final AppPairing pairing = new AppPairing();
    private final TcpReassembly reassembly = new TcpReassembly(pairing);
    private byte[] udpScratch = new byte[512];
    private int[] udpLastFrame = new int[256];
    private int udpStreams;
    private final UdpStreamTotals udpTotals = new UdpStreamTotals();
    private long firstTime;
    private boolean haveFirst;
    private final TcpSegmentListener[] segmentListeners;
    private int failures;
    private Throwable firstFailure;
    private int firstFailedFrame = -1;

    /** @param segmentListeners receive TCP payload as it is analysed (application layer) */
    public LoadPass(TcpSegmentListener... segmentListeners) {
        this.segmentListeners = segmentListeners.clone();
    }

    @Override
    public void onFrame(FrameIndex index, int frame) {
        try {
            analyse(index, frame);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met by hostile bytes must cost one frame's analysis, not the whole load.
            if (failures++ == 0) {
                firstFailure = e;
                firstFailedFrame = frame;
            }
            columns.ensure(frame);
            if (columns.kind(frame) == FrameColumns.NONE) columns.setNone(frame);
        }
        columns.publish(frame + 1);
    }

    /** How many frames the analysis failed on (each is left unanalysed; the load goes on). */
    public int failures() {
        return failures;
    }

    /** The error of the first frame the analysis failed on, or null (tests, logs). */
    public Throwable firstFailure() {
        return firstFailure;
    }

    /** The 0-based frame of {@link #firstFailure()}, or -1. */
    public int firstFailedFrame() {
        return firstFailedFrame;
    }

    private void analyse(FrameIndex index, int frame) {
        if ((frame & 0xfff) == 0) columns.reserve(index.capacity());
        long time = index.timeNanos(frame);
        if (!haveFirst) {
            firstTime = time;
            haveFirst = true;
        }
        PacketSummary p = summary.decode(index.source(), index.dataOffset(frame), index.capturedLength(frame),
                index.linkType(frame));
        if (p.tcp && !p.fragment) {
            tcp.onFrame(frame, p, time, index.originalLength(frame));
            app(index, frame, p);
            if (segmentListeners.length > 0) deliver(index, frame, p);
        } else if (p.udp && !p.fragment) {
            udpStream(index, frame, p.ipVersion, p.src, p.dst, p.srcPort, p.dstPort);
            udpApp(index, frame, p);
        } else if (p.icmpType >= 0 && quotedTransport(index, frame, p)) {
            quoted(index, frame, time);
        } else {
            columns.setNone(frame);
        }
    }

    private void deliver(FrameIndex index, int frame, PacketSummary p) {
        if (!columns.haveSegmentLength(frame) || p.tcpLen == 0) return;
        int captured = Math.min(p.tcpLen, index.capturedLength(frame) - p.payloadOffset);
        if (captured <= 0) return;
        long offset = index.dataOffset(frame) + p.payloadOffset;
        for (TcpSegmentListener l : segmentListeners) {
            l.onSegment(frame, columns.stream(frame), columns.fromSecondEndpoint(frame), columns.seq(frame),
                    columns.analysisFlags(frame), index.source(), offset, captured);
        }
    }

    /** Hands a TCP segment's payload to reassembly and pairing (after the TCP analysis numbered it). */
    private void app(FrameIndex index, int frame, PacketSummary p) {
        boolean fin = (p.tcpFlags & PacketSummary.FIN) != 0;
        if ((p.tcpLen <= 0 && !fin) || !columns.haveSegmentLength(frame) || p.payloadOffset < 0) {
            if ((p.tcpFlags & PacketSummary.RST) != 0 && columns.isTcp(frame)) {
                reassembly.closed(columns.stream(frame), columns.direction(frame));
            }
            return;
        }
        int captured = Math.max(0, Math.min(p.tcpLen, index.capturedLength(frame) - p.payloadOffset));
        int dir = columns.direction(frame);
        reassembly.onSegment(frame, columns.stream(frame), dir,
                (int) columns.seq(frame), p.tcpLen, captured, index.source(), index.dataOffset(frame) + p.payloadOffset,
                p.srcPort, p.dstPort, fin);
        if ((p.tcpFlags & (PacketSummary.FIN | PacketSummary.RST)) != 0) reassembly.closed(columns.stream(frame), dir);
    }

    /** DNS (and its MDNS/LLMNR flavours) over UDP joins request/response pairing. */
    private void udpApp(FrameIndex index, int frame, PacketSummary p) {
        int sp = p.srcPort, dp = p.dstPort;
        boolean dns = sp == 53 || dp == 53 || sp == 5353 || dp == 5353 || sp == 5355 || dp == 5355;
        if (!dns || p.payloadOffset < 0) return;
        int n = Math.min(udpScratch.length, Math.min(p.udpLength - 8, index.capturedLength(frame) - p.payloadOffset));
        if (n < 12) return;
        index.source().copy(index.dataOffset(frame) + p.payloadOffset, udpScratch, 0, n);
        pairing.onUdpDns(frame, columns.stream(frame), udpScratch, n);
    }

    /*
     * An ICMP error quotes the IP header and first transport bytes of the packet it answers; Wireshark
     * dissects that UDP or TCP header too, which looks up (or creates) its stream.
     */
    private final byte[] quotedSrc = new byte[16];
    private final byte[] quotedDst = new byte[16];
    private int quotedVersion, quotedProto, quotedSrcPort, quotedDstPort;

    private boolean quotedTransport(FrameIndex index, int frame, PacketSummary p) {
        boolean v4Error = p.ipVersion == 4 && p.ipProto == PacketSummary.PROTO_ICMP
                && (p.icmpType == 3 || p.icmpType == 4 || p.icmpType == 5 || p.icmpType == 11 || p.icmpType == 12);
        boolean v6Error = p.ipVersion == 6 && p.ipProto == PacketSummary.PROTO_ICMPV6 && p.icmpType >= 1 && p.icmpType <= 4;
        if (!v4Error && !v6Error) return false;
        var src = index.source();
        long base = index.dataOffset(frame);
        int cap = index.capturedLength(frame);
        int off = p.l4Offset + 8;
        int transport;
        if (v4Error) {
            if (off + 20 > cap || (src.u8(base + off) >> 4) != 4) return false;
            int ihl = (src.u8(base + off) & 0x0f) * 4;
            if ((src.u16(base + off + 6, true) & 0x1fff) != 0) return false;
            quotedProto = src.u8(base + off + 9);
            src.copy(base + off + 12, quotedSrc, 0, 4);
            src.copy(base + off + 16, quotedDst, 0, 4);
            quotedVersion = 4;
            transport = off + ihl;
        } else {
            if (off + 40 > cap || (src.u8(base + off) >> 4) != 6) return false;
            quotedProto = src.u8(base + off + 6);
            src.copy(base + off + 8, quotedSrc, 0, 16);
            src.copy(base + off + 24, quotedDst, 0, 16);
            quotedVersion = 6;
            transport = off + 40;
        }
        if (quotedProto != PacketSummary.PROTO_UDP && quotedProto != PacketSummary.PROTO_TCP) return false;
        if (transport + 4 > cap) return false;
        quotedSrcPort = src.u16(base + transport, true);
        quotedDstPort = src.u16(base + transport + 2, true);
        return true;
    }

    private void quoted(FrameIndex index, int frame, long time) {
        if (quotedProto == PacketSummary.PROTO_UDP) {
            udpStream(index, frame, quotedVersion, quotedSrc, quotedDst, quotedSrcPort, quotedDstPort);
        } else {
            tcp.onQuoted(frame, quotedVersion, quotedSrc, quotedDst, quotedSrcPort, quotedDstPort, time);
        }
    }

    private void udpStream(FrameIndex index, int frame, int ipVersion, byte[] srcAddr, byte[] dstAddr, int srcPort, int dstPort) {
        udpTable.key(EndpointTable.high(ipVersion, srcAddr), EndpointTable.low(ipVersion, srcAddr), srcPort,
                EndpointTable.high(ipVersion, dstAddr), EndpointTable.low(ipVersion, dstAddr), dstPort);
        int id = udpTable.find();
        int prev = -1;
        if (id < 0) {
            id = udpStreams++;
            udpTable.put(id);
            udpTotals.open(id, ipVersion, srcAddr, dstAddr, srcPort, dstPort);
            if (id == udpLastFrame.length) udpLastFrame = java.util.Arrays.copyOf(udpLastFrame, id * 2);
        } else {
            prev = udpLastFrame[id];
        }
        udpLastFrame[id] = frame;
        udpTotals.add(id, udpTotals.fromA(id, srcAddr, srcPort), frame, index.timeNanos(frame),
                index.originalLength(frame));
        columns.setUdp(frame, id, prev);
    }

    /** The columns as analysed so far (rows can be shown while the file loads). */
    public FrameColumns columns() {
        return columns;
    }

    /** Freezes the results into an {@link Analysis} of the loaded capture. */
    public Analysis finish(Capture capture) {
        if (capture != null && failures > 0) {
            capture = withWarning(capture, "analysis.failed", failures + (failures == 1 ? " frame" : " frames")
                    + " could not be analysed (the first is frame " + (firstFailedFrame + 1)
                    + "); shown without TCP analysis");
        }
        if (capture != null && reassembly.oversized() > 0) {
            capture = withWarning(capture, "reassembly.limit", reassembly.oversized() + " application PDU"
                    + (reassembly.oversized() == 1 ? "" : "s") + " longer than " + (TcpReassembly.MAX_PDU >> 20)
                    + " MiB not reassembled; their segments show as plain TCP");
        }
        return new Analysis(capture, columns, tcp.finish(), tcp.resetFrames(), udpStreams, haveFirst ? firstTime : 0,
                pairing.finish(capture == null ? null : capture.frames()), reassembly.finish(),
                udpTotals.finish(haveFirst ? firstTime : 0));
    }

    private static Capture withWarning(Capture c, String code, String message) {
        java.util.List<Diagnostic> all = new java.util.ArrayList<>(c.diagnostics());
        all.add(Diagnostic.warning(code, -1, message));
        return new Capture(c.path(), c.format(), c.frames(), c.sectionComments(), java.util.List.copyOf(all),
                c.complete());
    }
}
