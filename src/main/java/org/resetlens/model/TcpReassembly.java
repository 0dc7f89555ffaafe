package org.resetlens.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.resetlens.capture.ByteSource;
import org.resetlens.dissect.AppPorts;

/**
 * The load pass's TCP reassembly for application protocols: per stream and direction it follows
 * the in-order payload (retransmitted bytes skipped, a gap restarts framing), finds where each
 * application PDU ends (NBSS/TLS/DNS length headers, HTTP headers plus Content-Length or chunked
 * body, one FTP segment) and records it compactly: the frame that completes it, its relative
 * start sequence number and length. Only a PDU's first bytes are copied (for the request/response
 * facts); bodies are counted, not kept. Frames holding only part of a PDU are marked.
 */
final class TcpReassembly {
    /** A PDU longer than this is not reassembled (its frames stay plain TCP). */
    static final int MAX_PDU = 16 << 20;
    /** Bytes of a PDU kept for its facts (SMB2 compound headers, HTTP headers). */
    private static final int FACT_BYTES = 4096;
    private static final int MAX_HTTP_HEADER = 65536;
    private static final int HTTP_FIRST_TAKE = 1024;
    /** PDUs given up for exceeding {@link #MAX_PDU}. */
    private int oversized;
    private static final byte[] EMPTY = new byte[0];

    /** Framing state of one direction of a stream. */
    private static final class Flow {
        boolean started;
        int next;
        boolean inPdu;
        int pduStart;
        int pduFirstFrame;
        /** Total PDU length once known, else -1. */
        long total = -1;
        /** Bytes of the current PDU seen so far. */
        long seen;
        byte[] head = EMPTY;
        int headLen;
        /** HTTP chunked body: scanning state (see {@link ChunkScanner}). */
        ChunkScanner chunks;
        /** HTTP response without a length: the rest of the connection is body. */
        boolean untilClose;
        /** Set when the PDU head was invalid: skip until the next segment boundary. */
        boolean skipSegment;
    }

    /** Per stream: the protocol chosen at its first payload, the two flows, FTP-DATA marks. */
    private static final class Stream {
        String protocol;
        boolean decided;
        /** Payload segments tried against the heuristics so far. */
        int tries;
        final Flow[] flows = {new Flow(), new Flow()};
    }

    private final List<Stream> streams = new ArrayList<>();
    private final AppPairing pairing;
    /** FTP data connections announced on control connections: ports awaited. */
    private final java.util.Set<Integer> ftpDataPorts = new java.util.HashSet<>();

    /* PDU columns, in order of completion (so endFrame is non-decreasing). */
    private int[] pduEndFrame = new int[256];
    private int[] pduStream = new int[256];
    private int[] pduStart = new int[256];
    private int[] pduLength = new int[256];
    private int pduCount;
    /** Frames whose payload ends inside a PDU completed later (Wireshark's "[TCP segment of a reassembled PDU]"). */
    private final BitSet partial = new BitSet();

    private byte[] scratch = new byte[2048];

    TcpReassembly(AppPairing pairing) {
        this.pairing = pairing;
    }

    private Stream stream(int id) {
        while (streams.size() <= id) streams.add(new Stream());
        return streams.get(id);
    }

    /**
     * One TCP segment with payload.
     *
     * @param dir      0 from the stream's first endpoint, 1 from the second
     * @param relSeq   relative sequence number of the first payload byte
     * @param seglen   payload length per the IP header
     * @param captured payload bytes captured (may be fewer than seglen)
     * @param fileOff  position of the payload in the capture file
     */
    void onSegment(int frame, int streamId, int dir, int relSeq, int seglen, int captured, ByteSource src,
                   long fileOff, int srcPort, int dstPort, boolean fin) {
        Stream st = stream(streamId);
        if (!st.decided && seglen > 0) {
            st.protocol = choose(srcPort, dstPort, src, fileOff, captured);
            st.decided = st.protocol != null || ++st.tries >= 8;
        }
        if (st.protocol == null) return;
        Flow f = st.flows[dir];
        if (seglen <= 0) {
            if (fin && f.untilClose) closeUntilFin(f, frame, streamId, dir, st.protocol);
            return;
        }
        int from = 0;
        if (!f.started) {
            f.started = true;
            f.next = relSeq;
        } else if (relSeq != f.next) {
            int overlap = f.next - relSeq;
            if (overlap > 0) {
                if (overlap >= seglen) return;
                from = overlap;
            } else {
                restart(f);
                f.next = relSeq;
            }
        }
        f.next = relSeq + seglen;
        if (st.protocol.equals(AppPorts.FTP) || st.protocol.equals(AppPorts.FTP_DATA)) {
            int n = Math.min(captured, seglen) - from;
            if (n <= 0) return;
            byte[] b = read(src, fileOff + from, Math.min(n, FACT_BYTES));
            emit(frame, streamId, relSeq + from, n);
            if (st.protocol.equals(AppPorts.FTP)) {
                pairing.onFtp(frame, streamId, dir, b, Math.min(n, FACT_BYTES), srcPort, dstPort);
                int port = ftpPort(b, Math.min(n, FACT_BYTES));
                if (port > 0) ftpDataPorts.add(port);
            }
            return;
        }
        f.skipSegment = false;
        int pos = from;
        int avail = Math.min(captured, seglen);
        while (pos < seglen && !f.skipSegment) {
            if (pos >= avail) {
                restart(f);
                f.skipSegment = true;
                break;
            }
            if (!f.inPdu) {
                f.inPdu = true;
                f.pduStart = relSeq + pos;
                f.pduFirstFrame = frame;
                f.total = -1;
                f.seen = 0;
                f.headLen = 0;
                f.chunks = null;
            }
            pos = advance(st, f, frame, streamId, dir, relSeq, pos, avail, src, fileOff);
        }
        if (f.inPdu && f.seen > 0) partial.set(frame);
        if (fin && f.untilClose) closeUntilFin(f, frame, streamId, dir, st.protocol);
    }

    /**
     * The side {@code dir} of a stream sent a FIN or RST: its PDU head buffer is freed unless a PDU
     * is still open (a later segment allocates a new one), so closed streams hold no buffers.
     */
    void closed(int streamId, int dir) {
        if (streamId < 0 || streamId >= streams.size()) return;
        Flow f = streams.get(streamId).flows[dir];
        if (!f.inPdu) {
            f.head = EMPTY;
            f.headLen = 0;
        }
    }

    private void closeUntilFin(Flow f, int frame, int streamId, int dir, String protocol) {
        f.untilClose = false;
        complete(f, frame, streamId, dir, f.seen, protocol);
    }

    /** Consumes bytes of the current PDU from {@code pos}; returns the new position. */
    private int advance(Stream st, Flow f, int frame, int streamId, int dir, int relSeq, int pos, int avail,
                        ByteSource src, long fileOff) {
        if (f.untilClose) {
            f.seen += avail - pos;
            if (f.seen > MAX_PDU) {
                oversized++;
                restart(f);
                f.skipSegment = true;
            }
            return avail;
        }
        if (f.total < 0 && f.chunks == null) {
            int want = headNeed(st.protocol, f);
            int take = Math.min(want, avail - pos);
            ensureHead(f, f.headLen + take);
            src.copy(fileOff + pos, f.head, f.headLen, take);
            f.headLen += take;
            f.seen += take;
            pos += take;
            long total = frameLength(st.protocol, f, streamId, dir);
            if (total == -2) {
                f.inPdu = false;
                f.skipSegment = true;
                return pos;
            }
            if (total == -1) return pos;
            if (total == -3) {
                // An HTTP body without a length runs until the sender's FIN.
                f.untilClose = true;
                f.seen += avail - pos;
                return avail;
            }
            if (total == -4) {
                // A chunked body starts right after the header, some of which the head already holds.
                int extra = f.headLen - httpHeaderEnd(f);
                f.chunks = new ChunkScanner();
                f.headLen -= extra;
                f.seen -= extra;
                return pos - extra;
            }
            if (total > MAX_PDU) {
                oversized++;
                restart(f);
                f.skipSegment = true;
                return pos;
            }
            f.total = total;
            if (f.seen > total) {
                int back = (int) (f.seen - total);
                f.seen = total;
                f.headLen -= back;
                pos -= back;
            }
        }
        if (f.chunks != null) {
            int start = pos;
            pos = f.chunks.scan(src, fileOff, pos, avail);
            f.seen += pos - start;
            if (f.chunks.done()) complete(f, frame, streamId, dir, f.seen, st.protocol);
            return pos;
        }
        long remaining = f.total - f.seen;
        int take = (int) Math.min(remaining, avail - pos);
        if (st.protocol.equals(AppPorts.NBSS) && f.headLen < FACT_BYTES && take > 0) {
            int keep = Math.min(take, FACT_BYTES - f.headLen);
            ensureHead(f, f.headLen + keep);
            src.copy(fileOff + pos, f.head, f.headLen, keep);
            f.headLen += keep;
        }
        f.seen += take;
        pos += take;
        if (f.seen == f.total) complete(f, frame, streamId, dir, f.total, st.protocol);
        return pos;
    }

    private void complete(Flow f, int frame, int streamId, int dir, long length, String protocol) {
        emit(frame, streamId, f.pduStart, (int) length);
        pairing.onPdu(protocol, frame, streamId, dir, f.head, f.headLen);
        f.inPdu = false;
        f.chunks = null;
    }

    /** How many more head bytes the framer wants before it can size the PDU. */
    private static int headNeed(String protocol, Flow f) {
        return switch (protocol) {
            case AppPorts.NBSS -> Math.max(1, 68 - f.headLen);
            case AppPorts.TLS -> Math.max(1, 9 - f.headLen);
            case AppPorts.DNS -> Math.max(1, 14 - f.headLen);
            // HTTP: the head grows 1 KiB, 2 KiB, 4 KiB ... until the blank line, so a header is
            // copied and scanned about once rather than every segment copied whole
            default -> Math.max(1, Math.min(MAX_HTTP_HEADER, Math.max(HTTP_FIRST_TAKE, f.headLen * 2)) - f.headLen);
        };
    }

    /**
     * The PDU length from its head: -1 need more, -2 not a PDU start, -3 HTTP body until close,
     * -4 HTTP chunked body follows.
     */
    private long frameLength(String protocol, Flow f, int streamId, int dir) {
        byte[] h = f.head;
        int n = f.headLen;
        switch (protocol) {
            case AppPorts.NBSS -> {
                if (n < 4) return -1;
                int t = h[0] & 0xff;
                int b1 = h[1] & 0xff;
                boolean direct = t == 0 && (b1 & 0xfe) != 0;
                if (!direct && !(t == 0 || (t >= 0x81 && t <= 0x85)) || (!direct && (b1 & 0xfe) != 0)) return -2;
                long len = direct ? ((b1 << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff))
                        : (((b1 & 1) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff));
                return 4 + len;
            }
            case AppPorts.TLS -> {
                if (n < 5) return -1;
                if ((h[0] & 0x80) != 0 && h[2] == 1 && h[3] == 3) return 2 + (((h[0] & 0x7f) << 8) | (h[1] & 0xff));
                if (!AppPorts.looksLikeTls(h[0] & 0xff, h[1] & 0xff, h[2] & 0xff)) return -2;
                return 5 + (((h[3] & 0xff) << 8) | (h[4] & 0xff));
            }
            case AppPorts.DNS -> {
                if (n < 2) return -1;
                return 2 + (((h[0] & 0xff) << 8) | (h[1] & 0xff));
            }
            default -> {
                return httpLength(f, streamId, dir);
            }
        }
    }

    private static int httpHeaderEnd(Flow f) {
        byte[] h = f.head;
        for (int i = 0; i + 1 < f.headLen; i++) {
            if (h[i] == '\n') {
                if (h[i + 1] == '\n') return i + 2;
                if (h[i + 1] == '\r' && i + 2 < f.headLen && h[i + 2] == '\n') return i + 3;
            }
        }
        return -1;
    }

    private long httpLength(Flow f, int streamId, int dir) {
        byte[] h = f.head;
        int n = f.headLen;
        if (n < 8) {
            return -1;
        }
        boolean response = h[0] == 'H' && h[1] == 'T' && h[2] == 'T' && h[3] == 'P' && h[4] == '/';
        if (!response && !HttpFacts.isRequestStart(h, n)) return -2;
        int end = httpHeaderEnd(f);
        if (end < 0) return n >= MAX_HTTP_HEADER ? -2 : -1;
        long length = -1;
        boolean chunked = false;
        int i = 0;
        while (i < end) {
            int e = i;
            while (e < end && h[e] != '\n') e++;
            int lineLen = e - i;
            if (lineLen > 15 && HttpFacts.headerIs(h, i, "content-length:")) {
                length = HttpFacts.number(h, i + 15, e);
            } else if (lineLen > 18 && HttpFacts.headerIs(h, i, "transfer-encoding:")) {
                chunked = HttpFacts.containsChunked(h, i + 18, e);
            }
            i = e + 1;
        }
        if (response) {
            int code = HttpFacts.statusCode(h, n);
            boolean noBody = (code >= 100 && code < 200) || code == 204 || code == 304
                    || pairing.httpHeadPending(streamId);
            if (noBody) return end;
            if (chunked) return -4;
            if (length >= 0) return end + length;
            return -3;
        }
        if (chunked) return -4;
        return end + Math.max(0, length);
    }

    private static void ensureHead(Flow f, int size) {
        if (size > f.head.length) f.head = Arrays.copyOf(f.head, Math.max(Math.max(size, 256), f.head.length * 2));
    }

    private static void restart(Flow f) {
        f.inPdu = false;
        f.total = -1;
        f.seen = 0;
        f.headLen = 0;
        f.chunks = null;
        f.untilClose = false;
    }

    private void emit(int frame, int streamId, int start, int length) {
        if (pduCount == pduEndFrame.length) {
            int cap = pduCount * 2;
            pduEndFrame = Arrays.copyOf(pduEndFrame, cap);
            pduStream = Arrays.copyOf(pduStream, cap);
            pduStart = Arrays.copyOf(pduStart, cap);
            pduLength = Arrays.copyOf(pduLength, cap);
        }
        pduEndFrame[pduCount] = frame;
        pduStream[pduCount] = streamId;
        pduStart[pduCount] = start;
        pduLength[pduCount] = length;
        pduCount++;
    }

    private byte[] read(ByteSource src, long pos, int n) {
        if (scratch.length < n) scratch = new byte[Math.max(n, scratch.length * 2)];
        src.copy(pos, scratch, 0, n);
        return scratch;
    }

    private String choose(int srcPort, int dstPort, ByteSource src, long fileOff, int captured) {
        if (ftpDataPorts.contains(srcPort) || ftpDataPorts.contains(dstPort)) return AppPorts.FTP_DATA;
        String byPort = AppPorts.tcp(srcPort, dstPort);
        if (byPort != null || AppPorts.ownedElsewhere(srcPort, dstPort)) return byPort;
        int n = Math.min(captured, 24);
        return AppPorts.heuristic(read(src, fileOff, n), 0, n);
    }

    private static int ftpPort(byte[] b, int n) {
        int e = 0;
        while (e < n && b[e] != '\r' && b[e] != '\n') e++;
        return AppPorts.ftpDataPort(new String(b, 0, e, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The frozen result: PDUs by completing frame, partial-segment marks, stream protocols. */
    /** How many PDUs were longer than {@link #MAX_PDU} and left unreassembled. */
    int oversized() {
        return oversized;
    }

    AppPdus finish() {
        String[] protocols = new String[streams.size()];
        for (int i = 0; i < protocols.length; i++) protocols[i] = streams.get(i).protocol;
        return new AppPdus(Arrays.copyOf(pduEndFrame, pduCount), Arrays.copyOf(pduStream, pduCount),
                Arrays.copyOf(pduStart, pduCount), Arrays.copyOf(pduLength, pduCount), partial, protocols);
    }
}
