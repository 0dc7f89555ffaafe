package org.resetlens.query;

import java.util.List;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldType;
import org.resetlens.dissect.FieldValue;
import org.resetlens.filter.ColumnSource;
import org.resetlens.filter.FieldColumn;
import org.resetlens.filter.FrameFields;
import org.resetlens.filter.LongMatch;
import org.resetlens.model.Analysis;
import org.resetlens.model.FrameColumns;
import org.resetlens.model.TcpAnalysisFlags;
import org.resetlens.model.TcpConversation;

/**
 * The TCP/IP fields a display filter can read from the load pass's {@link FrameColumns} without
 * dissecting: {@code tcp}, {@code tcp.stream}, {@code tcp.flags} and its flag bits, the ports,
 * {@code tcp.window_size_value}, the {@code tcp.analysis.*} flags, and {@code ip.src}, {@code ip.dst},
 * {@code ip.addr} (from the stream's endpoints). A frame whose one TCP header the load pass decoded
 * directly is answered from the columns; any other frame (UDP, ICMP errors quoting TCP, IP fragments,
 * tunnels...) is answered from {@code fallback} (its dissection), so results always equal the
 * dissection's. The other frames are few in a TCP capture: {@link #prepare} dissects them once and
 * keeps their values, so no filter run dissects again. Shared by the CLI and the window: package
 * {@code query} is where filters meet the model's columns.
 */
public final class AnalysisColumns implements ColumnSource {
    /** What a column reads for a directly decoded frame. */
    private enum Kind { TCP, STREAM, FLAGS, FLAG_BIT, SRC_PORT, DST_PORT, PORT, WINDOW, IP_SRC, IP_DST, IP_ADDR, ANALYSIS }

    /** {@link Kind} ordinals as int constants, for switches in the scan loops without an enum lookup. */
    private static final int STREAM = 1, FLAGS = 2, FLAG_BIT = 3, SRC_PORT = 4, DST_PORT = 5, WINDOW = 7,
            IP_SRC = 8, IP_DST = 9;

    private static final String[] FLAG_BITS = {"tcp.flags.fin", "tcp.flags.syn", "tcp.flags.reset", "tcp.flags.push",
            "tcp.flags.ack", "tcp.flags.urg", "tcp.flags.ece", "tcp.flags.cwr"};

    private final FrameColumns frames;
    private final FrameFields fallback;
    private final java.util.Map<FieldDef, Column> columns = new java.util.HashMap<>();
    /** Per TCP stream: the port of its first sender (endpoint A) and of the other endpoint (B). */
    private final int[] portA, portB;
    /** Per TCP stream: the IPv4 address of endpoint A and B, or -1 for IPv6. */
    private final long[] ipA, ipB;
    /** At most this many frames not decoded directly are dissected ahead and kept; beyond, each run dissects. */
    static final int PREPARE_LIMIT = 50_000;
    /** The values of the frames not decoded directly, once {@link #prepare} ran; null before. */
    private volatile Others others;

    /**
     * The frames below {@code covered} that the load pass did not decode directly (ascending) and,
     * per column (by {@link Column#slot}), each one's values (null when absent); both null when
     * there were more than {@link #PREPARE_LIMIT} such frames (then every run dissects them).
     */
    private record Others(int covered, int[] frames, long[][][] values) {
        int find(int frame) {
            return java.util.Arrays.binarySearch(frames, frame);
        }
    }

    public AnalysisColumns(Analysis analysis, FieldRegistry registry, FrameFields fallback) {
        this.frames = analysis.frames();
        this.fallback = fallback;
        add(registry, "tcp", Kind.TCP, 0);
        add(registry, "tcp.stream", Kind.STREAM, 0);
        add(registry, "tcp.flags", Kind.FLAGS, 0);
        add(registry, "tcp.srcport", Kind.SRC_PORT, 0);
        add(registry, "tcp.dstport", Kind.DST_PORT, 0);
        add(registry, "tcp.port", Kind.PORT, 0);
        add(registry, "tcp.window_size_value", Kind.WINDOW, 0);
        add(registry, "ip.src", Kind.IP_SRC, 0);
        add(registry, "ip.dst", Kind.IP_DST, 0);
        add(registry, "ip.addr", Kind.IP_ADDR, 0);
        for (int i = 0; i < FLAG_BITS.length; i++) add(registry, FLAG_BITS[i], Kind.FLAG_BIT, 1 << i);
        // The analysis tree shows a flag's field when its bit is set; retransmission also for fast and spurious ones.
        add(registry, "tcp.analysis.flags", Kind.ANALYSIS, 0xffff);
        for (TcpAnalysisFlags.Flag f : TcpAnalysisFlags.ALL) {
            int mask = f.bit() == TcpAnalysisFlags.RETRANSMISSION ? TcpAnalysisFlags.RETRANSMISSION
                    | TcpAnalysisFlags.FAST_RETRANSMISSION | TcpAnalysisFlags.SPURIOUS_RETRANSMISSION : f.bit();
            add(registry, f.field(), Kind.ANALYSIS, mask);
        }
        List<TcpConversation> convs = analysis.conversations();
        portA = new int[convs.size()];
        portB = new int[convs.size()];
        ipA = new long[convs.size()];
        ipB = new long[convs.size()];
        for (TcpConversation c : convs) {
            boolean aIsClient = c.firstSenderIsClient();
            portA[c.stream()] = aIsClient ? c.clientPort() : c.serverPort();
            portB[c.stream()] = aIsClient ? c.serverPort() : c.clientPort();
            long client = c.ipVersion() == 4 ? ipv4(c.clientAddress()) : -1;
            long server = c.ipVersion() == 4 ? ipv4(c.serverAddress()) : -1;
            ipA[c.stream()] = aIsClient ? client : server;
            ipB[c.stream()] = aIsClient ? server : client;
        }
    }

    private void add(FieldRegistry registry, String name, Kind kind, int arg) {
        registry.find(name).ifPresent(f -> columns.put(f, new Column(f, kind, arg, columns.size())));
    }

    /**
     * Dissects, once, every analysed frame the load pass did not decode directly (when there are at
     * most {@link #PREPARE_LIMIT}) and keeps its values of every column, so that filter runs read
     * columns only. Call it in the background once the capture is loaded; a filter run calls it too.
     * Later calls return at once unless more frames were loaded since.
     */
    public synchronized void prepare() {
        int size = frames.size();
        Others o = others;
        if (o != null && o.covered() >= size) return;
        int[] list = new int[64];
        int n = 0;
        for (int f = 0; f < size; f++) {
            if (direct(f)) continue;
            if (n == PREPARE_LIMIT) {
                others = new Others(size, null, null);
                return;
            }
            if (n == list.length) list = java.util.Arrays.copyOf(list, n * 2);
            list[n++] = f;
        }
        list = java.util.Arrays.copyOf(list, n);
        Column[] cols = columns.values().toArray(new Column[0]);
        long[][][] values = new long[cols.length][n][];
        for (int k = 0; k < n; k++) {
            for (Column c : cols) {
                List<FieldValue> vs = fallback.values(list[k], c.def);
                if (vs.isEmpty()) continue;
                long[] v = new long[vs.size()];
                for (int i = 0; i < v.length; i++) v[i] = asLong(vs.get(i));
                values[c.slot][k] = v;
            }
        }
        others = new Others(size, list, values);
    }

    /** The kept values of frames not decoded directly, preparing them first if needed; null beyond the limit. */
    private Others others() {
        Others o = others;
        if (o == null || o.covered() < frames.size()) {
            prepare();
            o = others;
        }
        return o;
    }

    /** A dotted quad as an unsigned 32-bit value; -1 when it is not one. */
    private static long ipv4(String s) {
        String[] parts = s.split("\\.");
        if (parts.length != 4) return -1;
        long v = 0;
        try {
            for (String p : parts) v = (v << 8) | (Integer.parseInt(p) & 0xff);
        } catch (NumberFormatException e) {
            return -1;
        }
        return v;
    }

    @Override
    public FieldColumn column(FieldDef f) {
        return f == null ? null : columns.get(f);
    }

    /** True when the load pass decoded this frame's one TCP header itself (so the columns are exact). */
    private boolean direct(int frame) {
        return frames.isTcp(frame) && frames.haveSegmentLength(frame);
    }

    private static final long[] NO_VALUES = new long[0];

    /** {@link FieldColumn#passes} over kept values (null: absent). */
    private static boolean passes(long[] values, LongMatch match, boolean all) {
        if (values == null || values.length == 0) return false;
        if (match == null) return true;
        for (long v : values) if (match.test(v) != all) return !all;
        return all;
    }

    private static long asLong(FieldValue v) {
        Object o = v.value();
        if (o instanceof Boolean b) return b ? 1 : 0;
        long n = ((Number) o).longValue();
        return v.field().type() == FieldType.BOOLEAN ? (n != 0 ? 1 : 0) : n;
    }

    /** One field: from the columns for directly decoded TCP frames, else from {@code fallback}. */
    private final class Column implements FieldColumn {
        private final FieldDef def;
        private final Kind kind;
        /** {@link Kind#ordinal()} of {@link #kind}. */
        private final int code;
        private final int arg;
        /** This column's index in {@link Others#values}. */
        final int slot;

        Column(FieldDef def, Kind kind, int arg, int slot) {
            this.def = def;
            this.kind = kind;
            this.code = kind.ordinal();
            this.arg = arg;
            this.slot = slot;
        }

        @Override
        public int count(int frame) {
            if (direct(frame)) return directCount(frame);
            long[] kept = kept(frame);
            return kept != null ? kept.length : fallback.values(frame, def).size();
        }

        @Override
        public long value(int frame, int i) {
            if (direct(frame)) return directValue(frame, i);
            long[] kept = kept(frame);
            return kept != null ? kept[i] : asLong(fallback.values(frame, def).get(i));
        }

        /**
         * The kept values of a frame not decoded directly: an empty array when absent, null when not
         * kept. Never prepares: one frame (a row's colour) is quicker to dissect than to wait for that.
         */
        private long[] kept(int frame) {
            Others o = others;
            if (o == null || o.frames() == null || frame >= o.covered()) return null;
            int k = o.find(frame);
            if (k < 0) return null;
            long[] v = o.values()[slot][k];
            return v == null ? NO_VALUES : v;
        }

        private int directCount(int frame) {
            return switch (kind) {
                case PORT -> 2;
                case IP_ADDR -> ipA[frames.stream(frame)] < 0 ? 0 : 2;
                case IP_SRC, IP_DST -> ipA[frames.stream(frame)] < 0 ? 0 : 1;
                case ANALYSIS -> analysisPresent(frame) ? 1 : 0;
                default -> 1;
            };
        }

        private long directValue(int frame, int i) {
            if (kind == Kind.TCP || kind == Kind.ANALYSIS) return 1; // presence only
            if (kind != Kind.PORT && kind != Kind.IP_ADDR) return single(frame);
            int s = frames.stream(frame);
            boolean first = (i == 0) != frames.fromSecondEndpoint(frame); // occurrence 0 is the source
            if (kind == Kind.PORT) return first ? portA[s] : portB[s];
            return first ? ipA[s] : ipB[s];
        }

        private boolean analysisPresent(int frame) {
            return frames.hasAnalysis(frame) && (frames.analysisFlags(frame) & arg) != 0;
        }

        /** A field that occurs once in a directly decoded frame: its value, or -1 when absent (IPv6). */
        private long single(int frame) {
            switch (code) {
                case STREAM: return frames.stream(frame);
                case FLAGS: return frames.tcpFlags(frame);
                case FLAG_BIT: return (frames.tcpFlags(frame) & arg) != 0 ? 1 : 0;
                case WINDOW: return frames.rawWindow(frame);
                default: break;
            }
            int s = frames.stream(frame);
            boolean fromB = frames.fromSecondEndpoint(frame);
            switch (code) {
                case SRC_PORT: return fromB ? portB[s] : portA[s];
                case DST_PORT: return fromB ? portA[s] : portB[s];
                case IP_SRC: return fromB ? ipB[s] : ipA[s];
                case IP_DST: return fromB ? ipA[s] : ipB[s];
                default: throw new IllegalStateException(kind + " is not single");
            }
        }

        /**
         * One small loop over the columns for each shape of field (once per frame, a pair per
         * stream, presence only), so each compiles early; the kept values for frames the load pass
         * did not decode directly.
         */
        @Override
        public void scan(int from, int to, long[] mask, LongMatch match, boolean all, long[] out) {
            Others o = others();
            if (o != null && (o.frames() == null || o.covered() < to)) o = null;
            if (kind == Kind.TCP || kind == Kind.ANALYSIS || (match == null && kind != Kind.IP_ADDR
                    && kind != Kind.IP_SRC && kind != Kind.IP_DST)) {
                scanPresence(from, to, mask, match, all, out, o);
            } else if (kind == Kind.PORT || kind == Kind.IP_ADDR) {
                scanPairs(from, to, mask, match, all, out, o);
            } else {
                scanSingle(from, to, mask, match, all, out, o);
            }
        }

        private void scanSingle(int from, int to, long[] mask, LongMatch match, boolean all, long[] out, Others o) {
            for (int f = from; f < to; f++) {
                int bit = f - from;
                if ((mask[bit >>> 6] & (1L << bit)) == 0) continue;
                boolean hit;
                if (frames.isTcp(f) && frames.haveSegmentLength(f)) {
                    long v = single(f);
                    hit = v >= 0 && (match == null || match.test(v));
                } else {
                    hit = other(f, match, all, o);
                }
                if (hit) out[bit >>> 6] |= 1L << bit;
            }
        }

        /** tcp.port, ip.addr: the stream's two endpoints; which one is the source does not change any/all. */
        private void scanPairs(int from, int to, long[] mask, LongMatch match, boolean all, long[] out, Others o) {
            int[] pa = portA, pb = portB;
            long[] ia = ipA, ib = ipB;
            boolean ports = kind == Kind.PORT;
            for (int f = from; f < to; f++) {
                int bit = f - from;
                if ((mask[bit >>> 6] & (1L << bit)) == 0) continue;
                boolean hit;
                if (frames.isTcp(f) && frames.haveSegmentLength(f)) {
                    int s = frames.stream(f);
                    long a = ports ? pa[s] : ia[s];
                    long b = ports ? pb[s] : ib[s];
                    if (a < 0) hit = false;
                    else if (match == null) hit = true;
                    else if (all) hit = match.test(a) && match.test(b);
                    else hit = match.test(a) || match.test(b);
                } else {
                    hit = other(f, match, all, o);
                }
                if (hit) out[bit >>> 6] |= 1L << bit;
            }
        }

        /** tcp, the tcp.analysis flags, and presence tests of fields every TCP header has. */
        private void scanPresence(int from, int to, long[] mask, LongMatch match, boolean all, long[] out, Others o) {
            boolean analysis = kind == Kind.ANALYSIS;
            long value = 1;
            boolean pass = match == null || match.test(value);
            for (int f = from; f < to; f++) {
                int bit = f - from;
                if ((mask[bit >>> 6] & (1L << bit)) == 0) continue;
                boolean hit;
                if (frames.isTcp(f) && frames.haveSegmentLength(f)) {
                    hit = analysis ? pass && analysisPresent(f) : pass;
                } else {
                    hit = other(f, match, all, o);
                }
                if (hit) out[bit >>> 6] |= 1L << bit;
            }
        }

        /** A frame the load pass did not decode directly: its kept values, else its dissection. */
        private boolean other(int frame, LongMatch match, boolean all, Others o) {
            if (o != null) {
                int k = o.find(frame);
                if (k >= 0) return passes(o.values()[slot][k], match, all);
            }
            return FieldColumn.passes(this, frame, match, all);
        }
    }
}
