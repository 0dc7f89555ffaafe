package org.resetlens.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds little-endian microsecond pcap files of Ethernet/IPv4 TCP and UDP packets for tests. */
final class TestPcap {
    static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    TestPcap() {
        le32(0xa1b2c3d4L);
        le16(2);
        le16(4);
        le32(0);
        le32(0);
        le32(65535);
        le32(1);
    }

    private void le16(int v) {
        out.write(v);
        out.write(v >>> 8);
    }

    private void le32(long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
    }

    /** A TCP segment from a:aPort to b:bPort at {@code micros} after the epoch second 1_600_000_000. */
    TestPcap tcp(long micros, String src, int sport, String dst, int dport, long seq, long ack, int flags, int win,
                 int payload, byte[] options) {
        return tcp(micros, src, sport, dst, dport, seq, ack, flags, win, "x".repeat(payload).getBytes(), options);
    }

    /** A TCP segment carrying {@code data}. */
    TestPcap tcp(long micros, String src, int sport, String dst, int dport, long seq, long ack, int flags, int win,
                 byte[] data, byte[] options) {
        int payload = data.length;
        int optLen = options == null ? 0 : (options.length + 3) / 4 * 4;
        int tcpLen = 20 + optLen;
        byte[] ip = ipv4(src, dst, 6, tcpLen + payload);
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        be16(t, sport);
        be16(t, dport);
        be32(t, seq);
        be32(t, ack);
        be16(t, ((tcpLen / 4) << 12) | flags);
        be16(t, win);
        be16(t, 0);
        be16(t, 0);
        if (options != null) {
            t.writeBytes(options);
            for (int i = options.length; i < optLen; i++) t.write(1);
        }
        t.writeBytes(data);
        return frame(micros, ip, t.toByteArray());
    }

    TestPcap udp(long micros, String src, int sport, String dst, int dport, int payload) {
        byte[] ip = ipv4(src, dst, 17, 8 + payload);
        ByteArrayOutputStream u = new ByteArrayOutputStream();
        be16(u, sport);
        be16(u, dport);
        be16(u, 8 + payload);
        be16(u, 0);
        for (int i = 0; i < payload; i++) u.write('u');
        return frame(micros, ip, u.toByteArray());
    }

    private TestPcap frame(long micros, byte[] ip, byte[] l4) {
        int len = 14 + ip.length + l4.length;
        long t = 1_600_000_000_000_000L + micros;
        le32(t / 1_000_000);
        le32(t % 1_000_000);
        le32(len);
        le32(len);
        for (int i = 0; i < 6; i++) out.write(0x02);
        for (int i = 0; i < 6; i++) out.write(0x04);
        out.write(0x08);
        out.write(0x00);
        out.writeBytes(ip);
        out.writeBytes(l4);
        return this;
    }

    private static byte[] ipv4(String src, String dst, int proto, int payload) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(0x45);
        b.write(0);
        be16(b, 20 + payload);
        be16(b, 1);
        be16(b, 0x4000);
        b.write(64);
        b.write(proto);
        be16(b, 0);
        for (String s : new String[] {src, dst}) {
            for (String part : s.split("\\.")) b.write(Integer.parseInt(part));
        }
        return b.toByteArray();
    }

    private static void be16(ByteArrayOutputStream b, int v) {
        b.write(v >>> 8);
        b.write(v);
    }

    private static void be32(ByteArrayOutputStream b, long v) {
        for (int i = 3; i >= 0; i--) b.write((int) (v >>> (8 * i)));
    }

    /** MSS and window-scale options as a SYN carries them. */
    static byte[] synOptions(int mss, int shift) {
        return new byte[] {2, 4, (byte) (mss >>> 8), (byte) mss, 1, 3, 3, (byte) shift};
    }

    Path write(Path dir, String name) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, out.toByteArray());
        return f;
    }
}
