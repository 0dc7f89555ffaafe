package org.resetlens.model;

import org.resetlens.capture.Capture;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
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
    private int[] udpLastFrame = new int[256];
    private int udpStreams;
    private long firstTime;
    private boolean haveFirst;

    @Override
    public void onFrame(FrameIndex index, int frame) {
        long time = index.timeNanos(frame);
        if (!haveFirst) {
            firstTime = time;
            haveFirst = true;
        }
        PacketSummary p = summary.decode(index.source(), index.dataOffset(frame), index.capturedLength(frame),
                index.linkType(frame));
        if (p.tcp && !p.fragment) {
            tcp.onFrame(frame, p, time, index.originalLength(frame));
        } else if (p.udp && !p.fragment) {
            udp(frame, p);
        } else {
            columns.setNone(frame);
        }
        columns.publish(frame + 1);
    }

    private void udp(int frame, PacketSummary p) {
        long sHi = p.ipVersion == 4 ? EndpointTable.V4_HI : half(p.src, 0);
        long sLo = p.ipVersion == 4 ? v4(p.src) : half(p.src, 8);
        long dHi = p.ipVersion == 4 ? EndpointTable.V4_HI : half(p.dst, 0);
        long dLo = p.ipVersion == 4 ? v4(p.dst) : half(p.dst, 8);
        udpTable.key(sHi, sLo, p.srcPort, dHi, dLo, p.dstPort);
        int id = udpTable.find();
        int prev = -1;
        if (id < 0) {
            id = udpStreams++;
            udpTable.put(id);
            if (id == udpLastFrame.length) udpLastFrame = java.util.Arrays.copyOf(udpLastFrame, id * 2);
        } else {
            prev = udpLastFrame[id];
        }
        udpLastFrame[id] = frame;
        columns.setUdp(frame, id, prev);
    }

    private static long v4(byte[] a) {
        return ((a[0] & 0xffL) << 24) | ((a[1] & 0xffL) << 16) | ((a[2] & 0xffL) << 8) | (a[3] & 0xffL);
    }

    private static long half(byte[] a, int from) {
        long v = 0;
        for (int i = from; i < from + 8; i++) v = (v << 8) | (a[i] & 0xff);
        return v;
    }

    /** The columns as analysed so far (rows can be shown while the file loads). */
    public FrameColumns columns() {
        return columns;
    }

    /** Freezes the results into an {@link Analysis} of the loaded capture. */
    public Analysis finish(Capture capture) {
        return new Analysis(capture, columns, tcp.finish(), udpStreams, haveFirst ? firstTime : 0);
    }
}
