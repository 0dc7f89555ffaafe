package org.resetlens.rst;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resetlens.dissect.FieldFormatter;

/**
 * A stand-in for the model's request/response pairing until it lands: recognizes HTTP/1.x and SMB2 (over NBSS)
 * from the stream's payloads, in order, skipping retransmissions; bodies are counted, never stored.
 */
public final class PayloadMessages implements AppMessageSource {
    private static final String[] SMB2_COMMANDS = {"NEGOTIATE", "SESSION_SETUP", "LOGOFF", "TREE_CONNECT",
            "TREE_DISCONNECT", "CREATE", "CLOSE", "FLUSH", "READ", "WRITE", "LOCK", "IOCTL", "CANCEL", "ECHO",
            "QUERY_DIRECTORY", "CHANGE_NOTIFY", "QUERY_INFO", "SET_INFO", "OPLOCK_BREAK"};
    private static final int MAX_HEADER = 65536;

    @Override
    public List<AppMessage> messages(StreamView v) {
        int first = -1;
        for (int i = 0; i < v.size() && first < 0; i++) if (v.len(i) > 0 && v.fromClient(i)) first = i;
        if (first < 0) return List.of();
        byte[] p = v.payload(first);
        if (p.length == 0) return List.of();
        Parser parser;
        if (isHttpRequest(p)) parser = new Http();
        else if (isSmb(p)) parser = new Smb();
        else return List.of();
        long[] expected = {-1, -1};
        for (int i = 0; i < v.size(); i++) {
            int len = v.len(i);
            if (len == 0 || v.has(i, StreamView.RST)) continue;
            int avail = v.payloadLength(i);
            if (avail == 0) return parser.done(); // payload not captured: stop here
            int d = v.fromClient(i) ? 0 : 1;
            long seq = v.seq(i);
            int skip = 0;
            if (expected[d] >= 0) {
                int gap = Seq.diff(seq, expected[d]);
                if (gap < 0) skip = Math.min(-gap, avail); // retransmitted bytes
                else if (gap > 0) parser.lost(d);
            }
            int rest = avail - skip;
            if (rest > 0) {
                // bodies are counted, not read: only bytes the parser looks at are copied
                if (parser.countable(d) >= rest) parser.count(d, rest);
                else parser.feed(d, i, v.payload(i), skip, rest);
            }
            long end = Seq.plus(seq, len);
            if (expected[d] < 0 || Seq.after(end, expected[d])) expected[d] = end;
        }
        return parser.done();
    }

    static boolean isHttpRequest(byte[] p) {
        String s = new String(p, 0, Math.min(p.length, 12), StandardCharsets.ISO_8859_1);
        for (String m : new String[] {"GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT "}) {
            if (s.startsWith(m)) return true;
        }
        return false;
    }

    static boolean isSmb(byte[] p) {
        return p.length >= 8 && p[0] == 0 && (p[4] == (byte) 0xfe || p[4] == (byte) 0xff) && p[5] == 'S' && p[6] == 'M'
                && p[7] == 'B';
    }

    /** Consumes in-order payload bytes of both directions and pairs requests with responses. */
    private abstract static class Parser {
        final List<Msg> messages = new ArrayList<>();

        abstract void feed(int dir, int index, byte[] data, int off, int len);

        abstract void lost(int dir);

        /** How many of the next bytes from {@code dir} the parser would skip without looking at them. */
        abstract long countable(int dir);

        /** Skips {@code n} bytes from {@code dir}, at most {@link #countable}. */
        abstract void count(int dir, int n);

        List<AppMessage> done() {
            List<AppMessage> out = new ArrayList<>();
            for (Msg m : messages) {
                out.add(new AppMessage(m.request, m.fromClient, m.summary, m.response, m.responseSummary,
                        m.response < 0 ? AppMessage.Completeness.UNKNOWN : m.complete));
            }
            return out;
        }
    }

    private static final class Msg {
        int request, response = -1;
        boolean fromClient;
        String summary, responseSummary = "";
        AppMessage.Completeness complete = AppMessage.Completeness.INCOMPLETE;
    }

    /** HTTP/1.x: request and status lines, Content-Length and chunked bodies skipped by count. */
    private static final class Http extends Parser {
        private final byte[][] head = {new byte[256], new byte[256]};
        private final int[] headLen = {0, 0};
        private final int[] headStart = {-1, -1};
        private final int[] tail = {0, 0};
        private final long[] bodyLeft = {0, 0};
        private final boolean[] broken = {false, false};
        private final boolean[] untilClose = {false, false};
        private final Deque<Msg> waiting = new ArrayDeque<>();
        private Msg inResponse;

        @Override
        void lost(int dir) {
            broken[dir] = true;
        }

        @Override
        long countable(int dir) {
            return broken[dir] || untilClose[dir] ? Long.MAX_VALUE : bodyLeft[dir];
        }

        @Override
        void count(int dir, int n) {
            if (broken[dir] || untilClose[dir]) return;
            bodyLeft[dir] -= n;
            if (bodyLeft[dir] == 0 && dir == 1 && inResponse != null) {
                inResponse.complete = AppMessage.Completeness.COMPLETE;
                inResponse = null;
            }
        }

        @Override
        void feed(int dir, int index, byte[] data, int off, int len) {
            while (len > 0 && !broken[dir]) {
                if (bodyLeft[dir] > 0) {
                    int n = (int) Math.min(bodyLeft[dir], len);
                    count(dir, n);
                    off += n;
                    len -= n;
                    continue;
                }
                if (untilClose[dir]) return;
                if (headStart[dir] < 0) headStart[dir] = index;
                int end = -1;
                for (int k = 0; k < len; k++) {
                    tail[dir] = (tail[dir] << 8) | (data[off + k] & 0xff);
                    if (tail[dir] == 0x0d0a0d0a) {
                        end = k + 1;
                        tail[dir] = 0;
                        break;
                    }
                    if (headLen[dir] + k + 1 > MAX_HEADER) {
                        broken[dir] = true;
                        return;
                    }
                }
                appendHead(dir, data, off, end < 0 ? len : end);
                if (end < 0) return;
                header(dir, new String(head[dir], 0, headLen[dir], StandardCharsets.ISO_8859_1), headStart[dir]);
                headLen[dir] = 0;
                headStart[dir] = -1;
                off += end;
                len -= end;
            }
        }

        private void appendHead(int dir, byte[] data, int off, int n) {
            int need = headLen[dir] + n;
            if (need > head[dir].length) head[dir] = Arrays.copyOf(head[dir], Math.max(need, head[dir].length * 2));
            System.arraycopy(data, off, head[dir], headLen[dir], n);
            headLen[dir] = need;
        }

        private void header(int dir, String h, int index) {
            int firstEnd = h.indexOf("\r\n");
            String start = firstEnd < 0 ? h : h.substring(0, firstEnd);
            long contentLength = -1;
            boolean chunked = false;
            for (int from = 0; from < h.length(); ) {
                int end = h.indexOf("\r\n", from);
                if (end < 0) end = h.length();
                if (h.regionMatches(true, from, "content-length:", 0, 15)) {
                    try {
                        contentLength = Long.parseLong(h.substring(from + 15, end).trim());
                    } catch (NumberFormatException e) {
                        contentLength = -1;
                    }
                } else if (h.regionMatches(true, from, "transfer-encoding:", 0, 18)
                        && h.substring(from + 18, end).toLowerCase(Locale.ROOT).contains("chunked")) {
                    chunked = true;
                }
                from = end + 2;
            }
            if (dir == 0) {
                Msg m = new Msg();
                m.request = index;
                m.fromClient = true;
                String[] parts = start.split(" ");
                m.summary = "HTTP " + parts[0] + (parts.length > 1 ? " " + parts[1] : "");
                messages.add(m);
                waiting.add(m);
                if (chunked) broken[0] = true;
                else if (contentLength > 0) bodyLeft[0] = contentLength;
                return;
            }
            int status = 0;
            String[] parts = start.split(" ", 3);
            try {
                status = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            } catch (NumberFormatException e) {
                status = 0;
            }
            if (status >= 100 && status < 200) return; // interim response
            Msg m = waiting.poll();
            if (m == null) return;
            m.response = index;
            m.responseSummary = "HTTP " + start.substring(Math.min(start.length(), start.indexOf(' ') + 1));
            boolean head = m.summary.startsWith("HTTP HEAD");
            if (head || status == 204 || status == 304) {
                m.complete = AppMessage.Completeness.COMPLETE;
            } else if (chunked) {
                m.complete = AppMessage.Completeness.UNKNOWN;
                broken[1] = true;
            } else if (contentLength >= 0) {
                bodyLeft[1] = contentLength;
                if (contentLength == 0) m.complete = AppMessage.Completeness.COMPLETE;
                else inResponse = m;
            } else {
                m.complete = AppMessage.Completeness.UNKNOWN;
                untilClose[1] = true;
            }
        }
    }

    /** SMB2 over NBSS: each header's command, response flag and message id; async interim responses skipped. */
    private static final class Smb extends Parser {
        private final ByteArrayOutputStream[] pdu = {new ByteArrayOutputStream(), new ByteArrayOutputStream()};
        private final int[] pduStart = {-1, -1};
        private final long[] need = {4, 4};
        private final long[] skipLeft = {0, 0};
        private final boolean[] inBody = {false, false};
        private final boolean[] broken = {false, false};
        private final Map<Long, Msg> pending = new HashMap<>();

        @Override
        void lost(int dir) {
            broken[dir] = true;
        }

        @Override
        long countable(int dir) {
            return broken[dir] ? Long.MAX_VALUE : skipLeft[dir];
        }

        @Override
        void count(int dir, int n) {
            if (broken[dir]) return;
            skipLeft[dir] -= n;
            if (skipLeft[dir] == 0) finishPdu(dir);
        }

        @Override
        void feed(int dir, int index, byte[] data, int off, int len) {
            while (len > 0 && !broken[dir]) {
                if (skipLeft[dir] > 0) {
                    int n = (int) Math.min(skipLeft[dir], len);
                    count(dir, n);
                    off += n;
                    len -= n;
                    continue;
                }
                if (pduStart[dir] < 0) pduStart[dir] = index;
                int n = (int) Math.min(need[dir] - pdu[dir].size(), len);
                pdu[dir].write(data, off, n);
                off += n;
                len -= n;
                if (pdu[dir].size() < need[dir]) return;
                byte[] b = pdu[dir].toByteArray();
                if (!inBody[dir]) {
                    if (b[0] != 0) {
                        broken[dir] = true;
                        return;
                    }
                    long length = ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
                    inBody[dir] = true;
                    long keep = Math.min(length, 4096);
                    need[dir] = 4 + keep;
                    skipLeft[dir] = 0;
                    pdu[dir].reset();
                    pdu[dir].write(b, 0, 4);
                    if (length == 0) finishPdu(dir);
                    else pendingRest[dir] = length - keep;
                    continue;
                }
                headers(dir, pduStart[dir], b);
                skipLeft[dir] = pendingRest[dir];
                if (skipLeft[dir] == 0) finishPdu(dir);
            }
        }

        private final long[] pendingRest = {0, 0};
        private final List<List<Msg>> answeredBy = List.of(new ArrayList<>(), new ArrayList<>());

        private void finishPdu(int dir) {
            for (Msg m : answeredBy.get(dir)) m.complete = AppMessage.Completeness.COMPLETE;
            answeredBy.get(dir).clear();
            pdu[dir].reset();
            pduStart[dir] = -1;
            need[dir] = 4;
            inBody[dir] = false;
        }

        private void headers(int dir, int index, byte[] b) {
            int h = 4;
            for (int guard = 0; guard < 32 && h + 64 <= b.length; guard++) {
                if (b[h] == (byte) 0xff && b[h + 1] == 'S') {
                    if (dir == 0) add(dir, index, "SMB NEGOTIATE Request (SMB1)", -1 - guard);
                    return;
                }
                if (b[h] != (byte) 0xfe || b[h + 1] != 'S' || b[h + 2] != 'M' || b[h + 3] != 'B') return;
                long status = le32(b, h + 8);
                int command = le16(b, h + 12);
                long flags = le32(b, h + 16);
                long next = le32(b, h + 20);
                long msgId = le64(b, h + 24);
                String name = command < SMB2_COMMANDS.length ? SMB2_COMMANDS[command] : "0x" + Integer.toHexString(command);
                boolean response = (flags & 1) != 0;
                boolean async = (flags & 2) != 0;
                if (!response) {
                    add(dir, index, "SMB2 " + name + " Request", msgId);
                } else if (!(async && status == 0x103L)) {
                    Msg m = pending.remove(msgId);
                    if (m != null) {
                        m.response = index;
                        m.responseSummary = "SMB2 " + name + " Response" + (status != 0 ? ", status "
                                + FieldFormatter.hexNumber(status, 8) : "");
                        answeredBy.get(dir).add(m);
                    }
                }
                if (next == 0) return;
                h += (int) next;
            }
        }

        private void add(int dir, int index, String summary, long msgId) {
            Msg m = new Msg();
            m.request = index;
            m.fromClient = dir == 0;
            m.summary = summary;
            messages.add(m);
            pending.put(msgId, m);
        }

        private static int le16(byte[] b, int o) {
            return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8;
        }

        private static long le32(byte[] b, int o) {
            return (le16(b, o) & 0xffffL) | (long) le16(b, o + 2) << 16;
        }

        private static long le64(byte[] b, int o) {
            return le32(b, o) | le32(b, o + 4) << 32;
        }
    }
}
