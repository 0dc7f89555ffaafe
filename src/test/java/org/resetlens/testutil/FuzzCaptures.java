package org.resetlens.testutil;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;

/**
 * Builds small but well-formed pcap files whose packets' headers and payloads come from a fuzzer:
 * a TCP conversation (optionally after a handshake) or UDP datagrams between two IPv4 hosts over
 * Ethernet. The structure stays valid so that the fuzzer's bytes reach the TCP analysis, reassembly,
 * application dissectors and the reset engine rather than dying in the file reader.
 */
public final class FuzzCaptures {
    /** TCP flag bits. */
    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;
    private static final int MAX_PACKETS = 24;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long micros;

    private FuzzCaptures() {
        le32(0xa1b2c3d4L);
        le16(2);
        le16(4);
        le32(0);
        le32(0);
        le32(262144);
        le32(1);
    }

    /** A TCP conversation between 10.0.0.1:{@code clientPort} and 10.0.0.2:{@code serverPort}. */
    public static byte[] tcpConversation(FuzzedDataProvider d, int clientPort, int serverPort) {
        FuzzCaptures c = new FuzzCaptures();
        long[] next = {d.consumeInt() & 0xffffffffL, d.consumeInt() & 0xffffffffL};
        if (d.consumeBoolean()) {
            c.tcp(d, 0, clientPort, serverPort, next[0], 0, SYN, 64240, new byte[0]);
            c.tcp(d, 1, serverPort, clientPort, next[1], next[0] + 1, SYN | ACK, 65160, new byte[0]);
            next[0]++;
            next[1]++;
            c.tcp(d, 0, clientPort, serverPort, next[0], next[1], ACK, 502, new byte[0]);
        }
        int n = d.consumeInt(1, MAX_PACKETS);
        for (int i = 0; i < n && d.remainingBytes() > 0; i++) {
            int dir = d.consumeBoolean() ? 1 : 0;
            int flags = d.consumeBoolean() ? ACK | PSH : d.consumeInt(0, 0xff);
            long seq = switch (d.consumeInt(0, 3)) {
                case 0, 1 -> next[dir];
                case 2 -> next[dir] - d.consumeInt(0, 3000);
                default -> d.consumeInt() & 0xffffffffL;
            };
            long ack = d.consumeBoolean() ? next[1 - dir] : d.consumeInt() & 0xffffffffL;
            int window = d.consumeInt(0, 0xffff);
            byte[] payload = d.consumeBytes(d.consumeInt(0, 1460));
            c.tcp(d, dir, dir == 0 ? clientPort : serverPort, dir == 0 ? serverPort : clientPort, seq, ack, flags,
                    window, payload);
            next[dir] = (seq + payload.length + ((flags & (SYN | FIN)) != 0 ? 1 : 0)) & 0xffffffffL;
        }
        return c.out.toByteArray();
    }

    /** UDP datagrams between 10.0.0.1:{@code clientPort} and 10.0.0.2:{@code serverPort}. */
    public static byte[] udpExchange(FuzzedDataProvider d, int clientPort, int serverPort) {
        FuzzCaptures c = new FuzzCaptures();
        int n = d.consumeInt(1, 8);
        for (int i = 0; i < n && d.remainingBytes() > 0; i++) {
            boolean fromClient = d.consumeBoolean();
            byte[] payload = d.consumeBytes(d.consumeInt(0, 1472));
            byte[] udp = new byte[8 + payload.length];
            be16(udp, 0, fromClient ? clientPort : serverPort);
            be16(udp, 2, fromClient ? serverPort : clientPort);
            be16(udp, 4, d.consumeBoolean() ? udp.length : d.consumeInt(0, 0xffff));
            System.arraycopy(payload, 0, udp, 8, payload.length);
            c.frame(d, fromClient ? 0 : 1, 17, udp);
        }
        return c.out.toByteArray();
    }

    private void tcp(FuzzedDataProvider d, int dir, int sport, int dport, long seq, long ack, int flags, int window,
                     byte[] payload) {
        byte[] options = d.consumeBoolean() ? d.consumeBytes(d.consumeInt(0, 40)) : new byte[0];
        int optLen = (options.length + 3) / 4 * 4;
        byte[] tcp = new byte[20 + optLen + payload.length];
        be16(tcp, 0, sport);
        be16(tcp, 2, dport);
        be32(tcp, 4, seq);
        be32(tcp, 8, ack);
        be16(tcp, 12, (((20 + optLen) / 4) << 12) | flags);
        be16(tcp, 14, window);
        System.arraycopy(options, 0, tcp, 20, options.length);
        for (int i = options.length; i < optLen; i++) tcp[20 + i] = 1;
        System.arraycopy(payload, 0, tcp, 20 + optLen, payload.length);
        frame(d, dir, 6, tcp);
    }

    private void frame(FuzzedDataProvider d, int dir, int proto, byte[] l4) {
        micros += d.consumeInt(0, 2_000_000);
        byte[] ip = new byte[20];
        ip[0] = 0x45;
        be16(ip, 2, 20 + l4.length);
        ip[8] = 64;
        ip[9] = (byte) proto;
        byte[] a = {10, 0, 0, 1}, b = {10, 0, 0, 2};
        System.arraycopy(dir == 0 ? a : b, 0, ip, 12, 4);
        System.arraycopy(dir == 0 ? b : a, 0, ip, 16, 4);
        int len = 14 + ip.length + l4.length;
        long t = 1_600_000_000_000_000L + micros;
        le32(t / 1_000_000);
        le32(t % 1_000_000);
        le32(len);
        le32(len);
        for (int i = 0; i < 6; i++) out.write(dir == 0 ? 0x02 : 0x04);
        for (int i = 0; i < 6; i++) out.write(dir == 0 ? 0x04 : 0x02);
        out.write(0x08);
        out.write(0x00);
        out.writeBytes(ip);
        out.writeBytes(l4);
    }

    private void le16(int v) {
        out.write(v);
        out.write(v >>> 8);
    }

    private void le32(long v) {
        for (int i = 0; i < 4; i++) out.write((int) (v >>> (8 * i)));
    }

    private static void be16(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private static void be32(byte[] b, int off, long v) {
        for (int i = 0; i < 4; i++) b[off + i] = (byte) (v >>> (24 - 8 * i));
    }
}
