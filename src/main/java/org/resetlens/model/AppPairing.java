package org.resetlens.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.AppPorts;

/**
 * Pairs application requests with responses during the load pass, from the first bytes of each
 * PDU: SMB2 by message id (interim STATUS_PENDING responses noted, not final), SMB by pid/mid, HTTP
 * and FTP in order (1xx replies are not final), DNS by transaction id. Stores compact columns.
 */
final class AppPairing {
    private static final long STATUS_PENDING = 0x103;
    private static final int SMB2_CANCEL = 12;

    /*
     * A stream's (TCP, or UDP with an offset key) requests awaiting a response: by message id (SMB, DNS)
     * or in order (HTTP, FTP). Each structure is made when the stream first needs it, so tens of
     * thousands of streams carry one or none.
     */
    private static final class Pending {
        private Map<Long, Integer> byId;
        private ArrayDeque<Integer> inOrder;

        void put(long id, int request) {
            if (byId == null) byId = new HashMap<>();
            byId.put(id, request);
        }

        Integer get(long id) {
            return byId == null ? null : byId.get(id);
        }

        Integer remove(long id) {
            return byId == null ? null : byId.remove(id);
        }

        void add(int request) {
            if (inOrder == null) inOrder = new ArrayDeque<>(4);
            inOrder.add(request);
        }

        /** The oldest request awaiting a response in order, removed; or null. */
        Integer poll() {
            return inOrder == null ? null : inOrder.poll();
        }

        /** The oldest request awaiting a response in order, or null. */
        Integer peek() {
            return inOrder == null ? null : inOrder.peek();
        }
    }

    private final List<Pending> tcpPending = new ArrayList<>();
    private final Map<Integer, Pending> udpPending = new HashMap<>();

    private int count;
    private byte[] protocol = new byte[256];
    private boolean[] udp = new boolean[256];
    private int[] stream = new int[256];
    private int[] request = new int[256];
    private int[] response = new int[256];
    private int[] interim = new int[256];
    private int[] command = new int[256];
    private long[] status = new long[256];
    private long[] messageId = new long[256];
    /** Per TCP stream: the application protocol seen ("SMB2", "HTTP"...). */
    private final List<String> streamApp = new ArrayList<>();

    private Pending pending(int s, boolean isUdp) {
        if (isUdp) return udpPending.computeIfAbsent(s, k -> new Pending());
        while (tcpPending.size() <= s) tcpPending.add(null);
        Pending p = tcpPending.get(s);
        if (p == null) {
            p = new Pending();
            tcpPending.set(s, p);
        }
        return p;
    }

    private int add(AppProtocol p, boolean isUdp, int s, int frame, int cmd, long id) {
        if (count == request.length) {
            int cap = count * 2;
            protocol = Arrays.copyOf(protocol, cap);
            udp = Arrays.copyOf(udp, cap);
            stream = Arrays.copyOf(stream, cap);
            request = Arrays.copyOf(request, cap);
            response = Arrays.copyOf(response, cap);
            interim = Arrays.copyOf(interim, cap);
            command = Arrays.copyOf(command, cap);
            status = Arrays.copyOf(status, cap);
            messageId = Arrays.copyOf(messageId, cap);
        }
        protocol[count] = (byte) p.ordinal();
        udp[count] = isUdp;
        stream[count] = s;
        request[count] = frame;
        response[count] = -1;
        interim[count] = -1;
        command[count] = cmd;
        status[count] = -1;
        messageId[count] = id;
        if (!isUdp) noteApp(s, p.label());
        return count++;
    }

    private void noteApp(int s, String app) {
        while (streamApp.size() <= s) streamApp.add(null);
        if (streamApp.get(s) == null) streamApp.set(s, app);
    }

    /** Notes a TCP stream's protocol when it has no messages of its own (TLS, FTP-DATA, NBSS). */
    void noteStreamProtocol(int s, String app) {
        noteApp(s, app);
    }

    private static int u16le(byte[] b, int i) {
        return (b[i] & 0xff) | ((b[i + 1] & 0xff) << 8);
    }

    private static long u32le(byte[] b, int i) {
        return u16le(b, i) | ((long) u16le(b, i + 2) << 16);
    }

    /** A complete PDU of a reassembled TCP protocol; {@code head} holds its first {@code n} bytes. */
    void onPdu(String proto, int frame, int s, int dir, byte[] head, int n) {
        switch (proto) {
            case AppPorts.NBSS -> nbss(frame, s, head, n);
            case AppPorts.HTTP -> http(frame, s, head, n);
            case AppPorts.DNS -> {
                if (n >= 14) dns(frame, s, false, head, 2, n);
            }
            case AppPorts.TLS -> noteApp(s, "TLS");
            default -> { }
        }
    }

    private void nbss(int frame, int s, byte[] h, int n) {
        if (n < 8 || h[0] != 0 || h[5] != 'S' || h[6] != 'M' || h[7] != 'B') {
            noteApp(s, "NBSS");
            return;
        }
        int id = h[4] & 0xff;
        if (id == 0xfe) {
            int at = 4;
            int guard = 0;
            while (at + 64 <= n && (h[at] & 0xff) == 0xfe && guard++ < 64) {
                smb2(frame, s, h, at, n);
                long next = u32le(h, at + 20);
                if (next <= 0 || next > n) break;
                at += (int) next;
            }
        } else if (id == 0xff && n >= 36) {
            smb1(frame, s, h, 4);
        } else {
            noteApp(s, id == 0xfd ? "SMB2" : "NBSS");
        }
    }

    /** SMB2 CREATE request names by message index, and open files by (stream, FileId). */
    private final Map<Integer, String> createNames = new HashMap<>();
    private final Map<AppMessages.FileKey, String> fileNames = new HashMap<>();

    private void smb2(int frame, int s, byte[] h, int at, int n) {
        int cmd = u16le(h, at + 12);
        long st = u32le(h, at + 8);
        long flags = u32le(h, at + 16);
        long mid = u32le(h, at + 24) | (u32le(h, at + 28) << 32);
        Pending p = pending(s, false);
        if ((flags & 1) == 0) {
            int m = add(AppProtocol.SMB2, false, s, frame, cmd, mid);
            if (cmd != SMB2_CANCEL) p.put(mid, m);
            if (cmd == 5 && at + 64 + 48 <= n) {
                int nameOff = at + u16le(h, at + 64 + 44), nameLen = u16le(h, at + 64 + 46);
                if (nameLen == 0) createNames.put(m, "");
                else if (nameOff > at && nameOff + nameLen <= n) {
                    createNames.put(m, new String(h, nameOff, nameLen & ~1, java.nio.charset.StandardCharsets.UTF_16LE));
                }
            }
            return;
        }
        noteApp(s, "SMB2");
        Integer m = p.get(mid);
        if (m == null) return;
        if (st == STATUS_PENDING) {
            if (interim[m] < 0) interim[m] = frame;
            return;
        }
        response[m] = frame;
        status[m] = st;
        p.remove(mid);
        String name = createNames.get(m);
        if (cmd == 5 && st == 0 && name != null && at + 64 + 80 <= n) {
            fileNames.put(new AppMessages.FileKey(s, u32le(h, at + 128) | (u32le(h, at + 132) << 32),
                    u32le(h, at + 136) | (u32le(h, at + 140) << 32)), name);
        }
    }

    private void smb1(int frame, int s, byte[] h, int at) {
        int cmd = h[at + 4] & 0xff;
        boolean resp = (h[at + 9] & 0x80) != 0;
        boolean nt = (u16le(h, at + 10) & 0x4000) != 0;
        long key = ((long) u16le(h, at + 26) << 16) | u16le(h, at + 30);
        long ukey = key | ((long) cmd << 32);
        Pending p = pending(s, false);
        if (!resp) {
            int m = add(AppProtocol.SMB, false, s, frame, cmd, key);
            p.put(ukey, m);
            return;
        }
        noteApp(s, "SMB");
        Integer m = p.remove(ukey);
        if (m == null) return;
        response[m] = frame;
        status[m] = nt ? u32le(h, at + 5) : 0;
    }

    private void http(int frame, int s, byte[] h, int n) {
        Pending p = pending(s, false);
        if (n >= 5 && h[0] == 'H' && h[1] == 'T' && h[2] == 'T' && h[3] == 'P' && h[4] == '/') {
            noteApp(s, "HTTP");
            int code = HttpFacts.statusCode(h, n);
            if (code >= 100 && code < 200 && code != 101) return;
            Integer m = p.poll();
            if (m == null) return;
            response[m] = frame;
            status[m] = code;
            return;
        }
        int method = HttpFacts.method(h, n);
        if (method < 0) return;
        int m = add(AppProtocol.HTTP, false, s, frame, method, -1);
        p.add(m);
    }

    /** True when the oldest unanswered HTTP request of the stream is a HEAD (its response has no body). */
    boolean httpHeadPending(int s) {
        Pending p = s < tcpPending.size() ? tcpPending.get(s) : null;
        Integer oldest = p == null ? null : p.peek();
        return oldest != null && command[oldest] == 2;
    }

    /** An FTP control segment ({@code b} holds its first {@code n} bytes). */
    void onFtp(int frame, int s, int dir, byte[] b, int n, int srcPort, int dstPort) {
        noteApp(s, "FTP");
        Pending p = pending(s, false);
        boolean toServer = dstPort == 21 || (srcPort != 21 && dir == 0);
        if (!toServer) {
            if (n < 3) return;
            int code = 0;
            for (int i = 0; i < 3; i++) {
                if (b[i] < '0' || b[i] > '9') return;
                code = code * 10 + (b[i] - '0');
            }
            if (code < 200) return;
            Integer m = p.poll();
            if (m == null) return;
            response[m] = frame;
            status[m] = code;
            return;
        }
        int cmd = 0;
        int i = 0;
        for (; i < 4 && i < n && b[i] != ' ' && b[i] != '\r' && b[i] != '\n'; i++) {
            int c = b[i] & 0xff;
            if (c >= 'a' && c <= 'z') c -= 32;
            cmd = (cmd << 8) | c;
        }
        if (i == 0) return;
        for (; i < 4; i++) cmd = (cmd << 8) | ' ';
        int m = add(AppProtocol.FTP, false, s, frame, cmd, -1);
        p.add(m);
    }

    /** A DNS message over UDP ({@code b[off..n)} is the DNS header onwards). */
    void onUdpDns(int frame, int udpStream, byte[] b, int n) {
        if (n >= 12) dns(frame, udpStream, true, b, 0, n);
    }

    private void dns(int frame, int s, boolean isUdp, byte[] b, int off, int n) {
        int id = ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
        int flags = ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
        Pending p = pending(s, isUdp);
        if ((flags & 0x8000) == 0) {
            int qtype = dnsQueryType(b, off, n);
            int m = add(AppProtocol.DNS, isUdp, s, frame, qtype, id);
            p.put(id, m);
            return;
        }
        if (!isUdp) noteApp(s, "DNS");
        Integer m = p.remove(id);
        if (m == null) return;
        response[m] = frame;
        status[m] = flags & 0xf;
    }

    private static int dnsQueryType(byte[] b, int off, int n) {
        int q = off + 12;
        while (q < n) {
            int len = b[q] & 0xff;
            if (len == 0) {
                q++;
                break;
            }
            if ((len & 0xc0) != 0) {
                q += 2;
                break;
            }
            q += 1 + len;
        }
        return q + 2 <= n ? ((b[q] & 0xff) << 8) | (b[q + 1] & 0xff) : -1;
    }

    /** Freezes the messages, computing response times from the frames' timestamps. */
    AppMessages finish(FrameIndex index) {
        long[] time = new long[count];
        for (int i = 0; i < count; i++) {
            time[i] = response[i] >= 0 && index != null
                    ? index.timeNanos(response[i]) - index.timeNanos(request[i]) : -1;
        }
        return new AppMessages(count, Arrays.copyOf(protocol, count), Arrays.copyOf(udp, count),
                Arrays.copyOf(stream, count), Arrays.copyOf(request, count), Arrays.copyOf(response, count), time,
                Arrays.copyOf(command, count), Arrays.copyOf(status, count), Arrays.copyOf(messageId, count),
                Arrays.copyOf(interim, count), streamApp.toArray(new String[0]), createNames, fileNames);
    }
}
