package org.resetlens.ui;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-built capture: one TCP connection 10.0.0.1:50000 → 10.0.0.2:445 with a handshake,
 * an answered request, an unanswered request and a reset from the client (seven frames), written
 * as a classic little-endian microsecond pcap with Ethernet framing.
 */
final class TestCapture {
    static final String CLIENT = "10.0.0.1";
    static final String SERVER = "10.0.0.2";
    static final int CLIENT_PORT = 50000;
    static final int SERVER_PORT = 445;
    static final int FIN = 1, SYN = 2, RST = 4, PSH = 8, ACK = 16;
    static final byte[] REQUEST1 = "HELLO SERVER, PLEASE ANSWER\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] RESPONSE1 = "OK HERE IS YOUR ANSWER\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] REQUEST2 = "SECOND REQUEST NEVER ANSWERED\n".getBytes(StandardCharsets.US_ASCII);
    /** Base time: 2024-01-02 03:04:05 UTC. */
    static final long T0_SECONDS = 1704164645L;

    /** One segment: direction, flags, raw numbers, payload, time offset in microseconds. */
    record Segment(boolean fromClient, int flags, long seq, long ack, byte[] payload, long micros) { }

    static final long C_ISN = 1000, S_ISN = 5000;

    static List<Segment> segments() {
        List<Segment> s = new ArrayList<>();
        s.add(new Segment(true, SYN, C_ISN, 0, new byte[0], 0));
        s.add(new Segment(false, SYN | ACK, S_ISN, C_ISN + 1, new byte[0], 1_000));
        s.add(new Segment(true, ACK, C_ISN + 1, S_ISN + 1, new byte[0], 2_000));
        s.add(new Segment(true, PSH | ACK, C_ISN + 1, S_ISN + 1, REQUEST1, 3_000));
        s.add(new Segment(false, PSH | ACK, S_ISN + 1, C_ISN + 1 + REQUEST1.length, RESPONSE1, 4_500));
        long cNext = C_ISN + 1 + REQUEST1.length;
        long sNext = S_ISN + 1 + RESPONSE1.length;
        s.add(new Segment(true, PSH | ACK, cNext, sNext, REQUEST2, 10_000));
        s.add(new Segment(true, RST | ACK, cNext + REQUEST2.length, sNext, new byte[0], 30_010_000));
        return s;
    }

    static int frameCount() {
        return segments().size();
    }

    /** The Ethernet frame of one segment. */
    static byte[] frame(Segment seg) {
        byte[] payload = seg.payload();
        int ipLen = 20 + 20 + payload.length;
        ByteBuffer b = ByteBuffer.allocate(14 + ipLen).order(ByteOrder.BIG_ENDIAN);
        byte[] macC = {0x02, 0, 0, 0, 0, 1}, macS = {0x02, 0, 0, 0, 0, 2};
        b.put(seg.fromClient() ? macS : macC).put(seg.fromClient() ? macC : macS).putShort((short) 0x0800);
        b.put((byte) 0x45).put((byte) 0).putShort((short) ipLen).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) 6).putShort((short) 0);
        byte[] c = {10, 0, 0, 1}, sv = {10, 0, 0, 2};
        b.put(seg.fromClient() ? c : sv).put(seg.fromClient() ? sv : c);
        b.putShort((short) (seg.fromClient() ? CLIENT_PORT : SERVER_PORT))
                .putShort((short) (seg.fromClient() ? SERVER_PORT : CLIENT_PORT))
                .putInt((int) seg.seq()).putInt((int) seg.ack())
                .put((byte) 0x50).put((byte) seg.flags()).putShort((short) 64240).putShort((short) 0).putShort((short) 0);
        b.put(payload);
        return b.array();
    }

    /** The whole capture as a pcap file. */
    static byte[] pcap() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        out.writeBytes(h.array());
        for (Segment s : segments()) {
            byte[] f = frame(s);
            ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            long us = s.micros();
            r.putInt((int) (T0_SECONDS + us / 1_000_000)).putInt((int) (us % 1_000_000)).putInt(f.length).putInt(f.length);
            out.writeBytes(r.array());
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    /** Byte offsets of each record's frame data in {@link #pcap()}. */
    static long[] dataOffsets() {
        List<Segment> segs = segments();
        long[] out = new long[segs.size()];
        long pos = 24;
        for (int i = 0; i < segs.size(); i++) {
            out[i] = pos + 16;
            pos += 16 + frame(segs.get(i)).length;
        }
        return out;
    }

    private TestCapture() { }
}
