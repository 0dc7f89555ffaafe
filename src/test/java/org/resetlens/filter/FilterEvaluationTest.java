package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetlens.core.CancelToken;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/**
 * Expression → matching frames over three hand-built frames whose fields are set explicitly
 * (multi-occurrence addresses and ports, protocols with byte ranges); expected frames worked out
 * by hand from Wireshark 4.0's rules.
 */
class FilterEvaluationTest {
    private static final FieldRegistry REG = TestRegistry.get();
    private static FakeFrames frames;

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static long ip(int a, int b, int c, int d) {
        return ((long) a << 24) | (b << 16) | (c << 8) | d;
    }

    @BeforeAll
    static void build() {
        frames = new FakeFrames(REG);
        // Frame 0: Ethernet/IPv4/TCP RST+ACK 445 -> 50123, 60 bytes.
        byte[] f0 = new byte[60];
        System.arraycopy(hex("ffffffffffff 005056c00008 0800 4500 0028 1234 4000 80 06 0000 c0a80001 0a010203"), 0,
                f0, 0, 34);
        frames.frame(f0);
        frames.add("frame", null, 0, 60).add("frame.len", 60L).add("frame.number", 1L)
                .add("frame.time_delta", 700_000_000L).add("frame.time_relative", 0L)
                .add("eth", null, 0, 14).add("eth.dst", hex("ffffffffffff")).add("eth.src", hex("005056c00008"))
                .add("eth.addr", hex("ffffffffffff")).add("eth.addr", hex("005056c00008")).add("eth.type", 0x0800L)
                .add("ip", null, 14, 20).add("ip.ttl", 128L).add("ip.src", ip(192, 168, 0, 1))
                .add("ip.dst", ip(10, 1, 2, 3)).add("ip.addr", ip(192, 168, 0, 1)).add("ip.addr", ip(10, 1, 2, 3))
                .add("ip.flags.df", 1L).add("ip.dsfield", 0x28L)
                .add("tcp", null, 34, 20).add("tcp.srcport", 445L).add("tcp.dstport", 50123L)
                .add("tcp.port", 445L).add("tcp.port", 50123L).add("tcp.flags", 0x014L)
                .add("tcp.flags.reset", 4L).add("tcp.flags.ack", 16L).add("tcp.flags.syn", 0L)
                .add("tcp.seq", 1L).add("tcp.ack", 2L).add("tcp.stream", 0L).add("tcp.len", 0L)
                .add("tcp.analysis.flags", null);
        // Frame 1: IPv4/UDP DNS query, 80 bytes, two query names.
        byte[] f1 = new byte[80];
        System.arraycopy("GET www.Google.com".getBytes(StandardCharsets.US_ASCII), 0, f1, 50, 18);
        frames.frame(f1);
        frames.add("frame", null, 0, 80).add("frame.len", 80L).add("frame.number", 2L)
                .add("frame.time_delta", 1_500_000_000L).add("frame.time_relative", 700_000_000L)
                .add("ip", null, 14, 20).add("ip.ttl", 64L).add("ip.src", ip(10, 0, 0, 5))
                .add("ip.dst", ip(10, 0, 0, 5)).add("ip.addr", ip(10, 0, 0, 5)).add("ip.addr", ip(10, 0, 0, 5))
                .add("ip.flags.df", 0L).add("ip.dsfield", 0x03L)
                .add("udp", null, 34, 8).add("udp.srcport", 53L).add("udp.dstport", 53L)
                .add("udp.port", 53L).add("udp.port", 53L)
                .add("dns", null, 42, 38).add("dns.qry.name", "www.Google.com").add("dns.qry.name", "in-addr.arpa")
                .add("dns.id", 0x1062L).add("dns.flags.response", 0L);
        // Frame 2: IPv6/TCP HTTP HEAD request.
        frames.frame(new byte[100]);
        frames.add("frame", null, 0, 100).add("frame.len", 100L).add("frame.number", 3L)
                .add("frame.time_delta", 0L).add("frame.time_relative", 2_200_000_000L)
                .add("ipv6", null, 14, 40)
                .add("ipv6.src", hex("fe800000000000000000000000000001"))
                .add("ipv6.dst", hex("ff050000000000000000000000009999"))
                .add("ipv6.addr", hex("fe800000000000000000000000000001"))
                .add("ipv6.addr", hex("ff050000000000000000000000009999"))
                .add("tcp", null, 54, 20).add("tcp.srcport", 50000L).add("tcp.dstport", 80L)
                .add("tcp.port", 50000L).add("tcp.port", 80L).add("tcp.flags", 0x018L)
                .add("tcp.flags.reset", 0L).add("tcp.flags.ack", 16L).add("tcp.flags.syn", 0L)
                .add("tcp.seq", 1L).add("tcp.ack", 1L).add("tcp.stream", 1L).add("tcp.len", 26L)
                .add("http", null, 74, 26).add("http.request", 1L).add("http.request.method", "HEAD");
    }

    /**
     * The frames passing {@code filter}, checked three ways that must agree: frame by frame, the
     * bulk select from dissected fields only, and the bulk select with every integer-like field
     * answered by a column (the fast path of loaded captures).
     */
    private static String run(String filter) {
        CompileResult r = DisplayFilter.compile(filter, REG);
        assertTrue(r.ok(), () -> filter + ": " + r.error());
        int[] sel = r.filter().select(frames.size(), frames, ColumnSource.NONE, CancelToken.none());
        StringBuilder sb = new StringBuilder();
        for (int f : sel) sb.append(sb.length() == 0 ? "" : " ").append(f);
        StringBuilder one = new StringBuilder();
        for (int f = 0; f < frames.size(); f++) {
            if (r.filter().matches(f, frames)) one.append(one.length() == 0 ? "" : " ").append(f);
        }
        assertEquals(one.toString(), sb.toString(), filter + ": frame by frame");
        StringBuilder cols = new StringBuilder();
        for (int f : r.filter().select(frames.size(), frames, FilterEvaluationTest::column, CancelToken.none())) {
            cols.append(cols.length() == 0 ? "" : " ").append(f);
        }
        assertEquals(sb.toString(), cols.toString(), filter + ": with columns");
        return sb.toString();
    }

    /** A column over the hand-built frames for every field whose values are longs, as a loaded capture has. */
    private static FieldColumn column(FieldDef f) {
        switch (f.type()) {
            case STRING, BYTES, ETHER, IPV6, DOUBLE, PROTOCOL:
                return null;
            default:
                break;
        }
        return new FieldColumn() {
            public int count(int frame) {
                return frames.values(frame, f).size();
            }

            public long value(int frame, int i) {
                Object v = frames.values(frame, f).get(i).value();
                if (v == null) return 1;
                if (v instanceof Boolean b) return b ? 1 : 0;
                if (v instanceof byte[] b) {
                    long x = 0;
                    for (byte y : b) x = (x << 8) | (y & 0xff);
                    return x;
                }
                return ((Number) v).longValue();
            }
        };
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiterString = " @ ", nullValues = "none", value = {
        // existence, protocols and fields
        "frame @ 0 1 2", "tcp @ 0 2", "udp @ 1", "ipv6 && tcp @ 2", "tcp.analysis.flags @ 0",
        "!ip @ 2", "not not tcp @ 0 2",
        // multi-occurrence: == any, != none equal, === all, !== some differ
        "ip.addr == 10.1.2.3 @ 0", "ip.addr != 10.1.2.3 @ 1", "ip.addr eq 192.168.0.1 @ 0",
        "ip.addr ne 10.0.0.5 @ 0", "!(ip.addr == 10.0.0.5) @ 0 2", "ip.addr === 10.0.0.5 @ 1",
        "ip.addr !== 10.0.0.5 @ 0", "ip.addr ~= 10.0.0.5 @ 0", "tcp.port != 80 @ 0", "tcp.port == 80 @ 2",
        "udp.port != 53 @ none",
        // integers: decimal, hex, octal, ordering, sets and ranges
        "ip.ttl == 0200 @ 0", "ip.ttl == 0x80 @ 0", "ip.ttl gt 100 and ip.ttl le 128 @ 0",
        "ip.ttl < 64 @ none", "frame.len >= 80 @ 1 2", "dns.id == 010142 @ 1", "dns.id == 4194 @ 1",
        "tcp.port in {80, 443} @ 2", "tcp.port in {1..1023} @ 0 2", "tcp.port in {1 .. 79,81 .. 65535} @ 0 2",
        "frame.number in {1..2, 3} @ 0 1 2", "tcp.port > 49151 @ 0 2",
        // booleans
        "tcp.flags.reset == 1 @ 0", "tcp.flags.reset == True @ 0", "tcp.flags.reset == 0 @ 2",
        "tcp.flags.reset @ 0 2", "tcp.flags.reset != 1 @ 2", "ip.flags.df == \"Set\" @ 0",
        "tcp.flags.reset > 0 @ 0",
        // bitwise and
        "tcp.flags & 0x04 @ 0", "tcp.flags & 0x12 == 0x10 @ 0 2", "tcp.flags & 0x08 != 0 @ 2",
        "ip.dsfield & 0x03 @ 1", "ip.dsfield & 0xfc == 0x28 @ 0", "eth.dst[0] & 1 @ 0",
        "ip.src & 255.0.0.0 == 10.0.0.0 @ 1",
        // addresses: CIDR, ordering, IPv6 prefix, MAC forms
        "ip.addr == 10.0.0.0/8 @ 0 1", "ip.src == 192.168.0.99/24 @ 0", "ip.dst == 10.1.2.3/32 @ 0",
        "ip.src > 10.0.0.5 @ 0", "ip.src == ip.dst @ 1", "ipv6.addr == fe80::/10 @ 2",
        "ipv6.dst == ff05::9999 @ 2", "ipv6.dst == ff05::ffff/112 @ 2", "ipv6.dst != ff05::9999/128 @ none",
        "ipv6.src == FE80::1 @ 2", "ipv6.src > 2001:: @ 2",
        "eth.src == 00:50:56:c0:00:08 @ 0", "eth.src == 00-50-56-c0-00-08 @ 0", "eth.src == 0050.56c0.0008 @ 0",
        "eth.addr == ff:ff:ff:ff:ff:ff @ 0", "eth.src < 00:50:56:c0:00:09 @ 0", "eth.addr contains 56:c0 @ 0",
        // slices: the one-byte hex rule, negative and open ranges, protocols' bytes
        "ip.src[0] == c0 @ 0", "ip.src[0] == 10 @ none", "ip.src[0] == 0a @ 1", "ip.src[0:2] == c0:a8 @ 0",
        "eth.src[-1:1] == 08 @ 0", "eth.src[3:] == c0:00:08 @ 0", "eth.src[:3] == 00:50:56 @ 0",
        "eth.src[1-2] == 50:56 @ 0", "eth.src[0:2,4:2] == 00:50:00:08 @ 0", "frame[12:2] == 08:00 @ 0",
        "ip[0:2] == 45:00 @ 0", "frame[59] @ 0 1 2", "frame[60] @ 1 2", "eth.src[10:1] @ none",
        "http.request.method[0] == \"H\" @ 2", "http.request.method[-1] == \"D\" @ 2",
        "http.request.method[1:2] > \"EA\" @ none",
        "http.request.method[0:5] != \"HEADX\" @ 2", "http.request.method[0:5] == \"HEADX\" @ none",
        "dns.qry.name[0:5] != \"x\" @ 1", "eth.src[6:1] != 00 @ 0", "eth.src[6:1] == 00 @ none", "frame[37] == :00 @ 0 1 2",
        // strings: case-sensitive ==/contains, case-insensitive matches unless (?-i)
        "dns.qry.name == \"www.Google.com\" @ 1", "dns.qry.name == \"www.google.com\" @ none",
        "dns.qry.name contains \"Google\" @ 1", "dns.qry.name contains \"google\" @ none",
        "dns.qry.name matches \"google\" @ 1", "dns.qry.name ~ \"GOOGLE\\\\.com$\" @ 1",
        "dns.qry.name matches \"(?-i)google\" @ none", "dns.qry.name matches \"^in-addr\\\\.arpa$\" @ 1",
        "dns.qry.name != \"in-addr.arpa\" @ none", "http.request.method in {\"GET\", \"HEAD\"} @ 2",
        "http.request.method == HEAD @ 2", "http.request.method < \"HEAE\" @ 2", "http.request.method >= \"HEAE\" @ none",
        "http.host matches r\"update\\.microsoft\" @ none",
        // bytes of protocols
        "frame contains \"Google\" @ 1", "frame contains 47:45:54 @ 1", "frame contains \"\\x47\\x45\\x54 \" @ 1",
        "frame matches \"get www\" @ 1", "frame matches \"(?-i)get\" @ none", "eth contains 00:50:56 @ 0",
        // times
        "frame.time_delta == 0.7 @ 0", "frame.time_delta > 0.7 @ 1", "frame.time_delta in {-2.0 .. 0.0} @ 2",
        "frame.time_relative >= 1.5 && frame.time_relative < 2.5 @ 2",
        // field to field, logic and precedence
        "tcp.srcport < tcp.dstport @ 0", "udp.srcport == udp.dstport @ 1", "frame.len == frame.len @ 0 1 2",
        "tcp or udp and dns @ 0 1 2", "!tcp.port == 80 || udp @ 0 1", "not tcp.port == 80 and tcp @ 0",
        "tcp.flags.reset == 1 or tcp.flags.syn == 1 and tcp.flags.ack == 0 @ 0",
        "tcp xor ipv6 @ 0", "tcp ^^ ip @ 1 2", "(tcp || udp) && !(udp.port == 53) @ 0 2",
        "tcp.seq eq 1 || tcp.ack eq 1 @ 0 2",
    })
    void matches(String filter, String expected) {
        assertEquals(expected == null ? "" : expected, run(filter));
    }

    @Test
    void columnsAnswerFieldsWithoutDissection() {
        FieldDef reset = REG.get("tcp.flags.reset");
        FieldDef port = REG.get("tcp.port");
        long[][] ports = {{445, 50123}, {}, {50000, 80}};
        long[] resets = {1, -1, 0};
        ColumnSource columns = f -> {
            if (f.equals(reset)) {
                return new FieldColumn() {
                    public int count(int frame) {
                        return resets[frame] < 0 ? 0 : 1;
                    }

                    public long value(int frame, int i) {
                        return resets[frame];
                    }
                };
            }
            if (f.equals(port)) {
                return new FieldColumn() {
                    public int count(int frame) {
                        return ports[frame].length;
                    }

                    public long value(int frame, int i) {
                        return ports[frame][i];
                    }
                };
            }
            return null;
        };
        Filter filter = DisplayFilter.compile("tcp.flags.reset==1 || tcp.port in {80}", REG).filter();
        assertEquals(Set.of(), filter.fieldsNeeded(columns));
        assertTrue(filter.columnsOnly(columns));
        frames.dissections = 0;
        assertArrayEquals(new int[] {0, 2}, filter.select(3, frames, columns, CancelToken.none()));
        assertEquals(0, frames.dissections, "columns answered everything, nothing was dissected");

        Filter mixed = DisplayFilter.compile("tcp.port == 80 && http.request.method == \"HEAD\"", REG).filter();
        assertEquals(Set.of(REG.get("http.request.method")), mixed.fieldsNeeded(columns));
        assertArrayEquals(new int[] {2}, mixed.select(3, frames, columns, CancelToken.none()));
    }

    @Test
    void protocolBytesAreStillDissectedWhenAColumnAnswersPresence() {
        FieldDef frame = REG.get("frame");
        FieldColumn always = new FieldColumn() {
            public int count(int f) {
                return 1;
            }

            public long value(int f, int i) {
                return 1;
            }
        };
        ColumnSource columns = f -> f.equals(frame) ? always : null;
        Filter present = DisplayFilter.compile("frame", REG).filter();
        assertEquals(Set.of(), present.fieldsNeeded(columns));
        Filter bytes = DisplayFilter.compile("frame contains \"Google\" || frame[0] == 0xff", REG).filter();
        assertEquals(Set.of(frame), bytes.fieldsNeeded(columns));
        assertArrayEquals(new int[] {0, 1}, bytes.select(3, frames, columns, CancelToken.none()));
    }

    @Test
    void emptyFilterMatchesEverything() {
        CompileResult r = DisplayFilter.compile("  ", REG);
        assertArrayEquals(new int[] {0, 1, 2}, r.filter().select(3, frames, ColumnSource.NONE, CancelToken.none()));
    }
}
