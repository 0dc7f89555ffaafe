package org.resetlens.dissect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One tiny hand-built frame per dissector; every expected value below was worked out by hand from
 * the bytes written here (RFC header layouts), not taken from the code.
 */
class DissectorGoldenTest {
    private final Dissectors dissectors = Dissectors.standard();

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s+", ""));
    }

    private List<String> fields(Dissection d, String... names) {
        List<String> unknown = new ArrayList<>();
        FieldColumns c = FieldColumns.resolve(dissectors.registry(), List.of(names), unknown);
        assertTrue(unknown.isEmpty(), unknown.toString());
        return c.cells(d);
    }

    private static TreeNode node(Dissection d, String abbrev) {
        for (TreeNode r : d.roots()) {
            TreeNode n = find(r, abbrev);
            if (n != null) return n;
        }
        return null;
    }

    private static TreeNode find(TreeNode n, String abbrev) {
        if (n.value() != null && n.value().field().abbrev().equals(abbrev)) return n;
        for (TreeNode c : n.children()) {
            TreeNode x = find(c, abbrev);
            if (x != null) return x;
        }
        return null;
    }

    // Ethernet 02:aa:bb:cc:dd:ee -> 00:11:22:33:44:55, IPv4 192.168.0.1 -> 192.168.0.2 (id 0x1234, DF,
    // TTL 64, total length 48), TCP 49152 -> 80 SYN seq 1, window 65535, 28-byte header with
    // MSS 1460, NOP, NOP, SACK permitted.
    private static final String SYN = "001122334455 02aabbccddee 0800"
            + "4500 0030 1234 4000 4006 0000 c0a80001 c0a80002"
            + "c000 0050 00000001 00000000 7002 ffff 0000 0000"
            + "020405b4 0101 0402";

    @Test
    void ethernetIpv4TcpSyn() {
        Dissection d = dissectors.dissect(hex(SYN), LinkTypes.ETHERNET, FrameAnalysis.NONE);
        assertEquals(List.of("00:11:22:33:44:55", "02:aa:bb:cc:dd:ee", "0x0800", "0,1", "192.168.0.1",
                        "192.168.0.2", "0x1234", "1", "0", "0", "64", "6", "48", "20"),
                fields(d, "eth.dst", "eth.src", "eth.type", "eth.lg", "ip.src", "ip.dst", "ip.id", "ip.flags.df",
                        "ip.flags.mf", "ip.frag_offset", "ip.ttl", "ip.proto", "ip.len", "ip.hdr_len"));
        assertEquals(List.of("49152", "80", "49152,80", "1", "0", "28", "0x0002", "1", "0", "0", "0", "65535",
                        "1460", "0", "0x0000", "020405b401010402"),
                fields(d, "tcp.srcport", "tcp.dstport", "tcp.port", "tcp.seq_raw", "tcp.ack_raw", "tcp.hdr_len",
                        "tcp.flags", "tcp.flags.syn", "tcp.flags.ack", "tcp.flags.reset", "tcp.flags.fin",
                        "tcp.window_size_value", "tcp.options.mss_val", "tcp.len", "tcp.checksum", "tcp.options"));
        assertEquals("TCP", d.protocolColumn());
        assertEquals("49152 → 80 [SYN] Seq=1 Win=65535 Len=0 MSS=1460 SACK_PERM", d.infoColumn());
        assertEquals("192.168.0.1", d.sourceColumn());
        assertEquals("192.168.0.2", d.destinationColumn());

        TreeNode sport = node(d, "tcp.srcport");
        assertEquals("Source Port: 49152", sport.label());
        assertEquals(34, sport.offset());
        assertEquals(2, sport.length());
        assertEquals("Flags: 0x002 (SYN)", node(d, "tcp.flags").label());
        assertEquals(".... .... ..1. = Syn: Set", node(d, "tcp.flags.syn").label());
        assertEquals("Identification: 0x1234 (4660)", node(d, "ip.id").label());
        assertEquals(".... 0101 = Header Length: 20 bytes (5)", node(d, "ip.hdr_len").label());
        assertEquals(".1.. .... = Don't fragment: Set", node(d, "ip.flags.df").label());
        TreeNode src = node(d, "ip.src");
        assertEquals(26, src.offset());
        assertEquals(4, src.length());
        assertEquals("Internet Protocol Version 4, Src: 192.168.0.1, Dst: 192.168.0.2", d.roots().get(1).label());
    }

    @Test
    void tcpInfoUsesTheAnalysisNumbersWhenGiven() {
        FrameAnalysis analysis = new FrameAnalysis() {
            @Override
            public TcpInfoFacts tcpInfo(int frame) {
                return new TcpInfoFacts(0, 0, 65535, "[TCP Retransmission] ", "");
            }
        };
        Dissection d = dissectors.dissect(hex(SYN), LinkTypes.ETHERNET, analysis);
        assertEquals("[TCP Retransmission] 49152 → 80 [SYN] Seq=0 Win=65535 Len=0 MSS=1460 SACK_PERM", d.infoColumn());
    }

    // 42-byte ARP request (who has 10.0.0.1, tell 10.0.0.2) padded with 18 zero bytes to 60.
    @Test
    void arpRequestWithEthernetPadding() {
        String frame = "ffffffffffff 001122334455 0806"
                + "0001 0800 06 04 0001 001122334455 0a000002 000000000000 0a000001"
                + "000000000000000000000000000000000000";
        Dissection d = dissectors.dissect(hex(frame), LinkTypes.ETHERNET, FrameAnalysis.NONE);
        assertEquals("ARP", d.protocolColumn());
        assertEquals("Who has 10.0.0.1? Tell 10.0.0.2", d.infoColumn());
        assertEquals(List.of("1", "10.0.0.2", "10.0.0.1", "000000000000000000000000000000000000", ""),
                fields(d, "arp.opcode", "arp.src.proto_ipv4", "arp.dst.proto_ipv4", "eth.padding", "eth.trailer"));
        TreeNode pad = node(d, "eth.padding");
        assertEquals(42, pad.offset());
        assertEquals(18, pad.length());
    }

    // ICMP port unreachable from 10.0.0.1 to 10.0.0.2 quoting 10.0.0.2:4660 -> 10.0.0.1:53 (UDP length 16).
    @Test
    void icmpErrorQuotesTheOffendingHeaders() {
        String frame = "001122334455 66778899aabb 0800"
                + "4500 0038 0001 0000 4001 0000 0a000001 0a000002"
                + "0303 0000 00000000"
                + "4500 0024 abcd 0000 3f11 0000 0a000002 0a000001"
                + "1234 0035 0010 0000";
        Dissection d = dissectors.dissect(hex(frame), LinkTypes.ETHERNET, FrameAnalysis.NONE);
        assertEquals("ICMP", d.protocolColumn());
        assertEquals("Destination unreachable (Port unreachable)", d.infoColumn());
        assertEquals(List.of("10.0.0.1,10.0.0.2", "64,63", "1,17", "3", "3", "4660", "53", "16"),
                fields(d, "ip.src", "ip.ttl", "ip.proto", "icmp.type", "icmp.code", "udp.srcport", "udp.dstport",
                        "udp.length"));
        assertEquals("10.0.0.1", d.sourceColumn(), "the quoted header must not change the columns");
    }

    // 802.1Q tag (priority 5, VLAN 100) carrying an ICMP echo request id 0x0001 seq 1, TTL 128.
    @Test
    void vlanTaggedEchoRequest() {
        String frame = "001122334455 66778899aabb 8100 a064 0800"
                + "4500 001c 0002 0000 8001 0000 0a000001 0a000002"
                + "0800 0000 0001 0001";
        Dissection d = dissectors.dissect(hex(frame), LinkTypes.ETHERNET, FrameAnalysis.NONE);
        assertEquals(List.of("100", "5", "0x8100", "8", "0"),
                fields(d, "vlan.id", "vlan.priority", "eth.type", "icmp.type", "icmp.code"));
        assertEquals("Echo (ping) request  id=0x0001, seq=1/256, ttl=128", d.infoColumn());
    }

    // Linux cooked v1, outgoing (packet type 4), IPv6 2001:db8::1 -> 2001:db8::2 UDP 5353 -> 53, 4 data bytes.
    @Test
    void sllIpv6Udp() {
        String frame = "0004 0001 0006 001122334455 0000 86dd"
                + "6000 0000 000c 11 40 20010db8000000000000000000000001 20010db8000000000000000000000002"
                + "14e9 0035 000c 0000 deadbeef";
        Dissection d = dissectors.dissect(hex(frame), LinkTypes.LINUX_SLL, FrameAnalysis.NONE);
        assertEquals(List.of("4", "00:11:22:33:44:55", "2001:db8::1", "2001:db8::2", "64", "17", "12", "5353", "53",
                        "12", "deadbeef"),
                fields(d, "sll.pkttype", "sll.src.eth", "ipv6.src", "ipv6.dst", "ipv6.hlim", "ipv6.nxt", "ipv6.plen",
                        "udp.srcport", "udp.dstport", "udp.length", "data.data"));
        assertEquals("UDP", d.protocolColumn());
        assertEquals("5353 → 53 Len=4", d.infoColumn());
    }

    // BSD loopback (family 2, little-endian), IPv4 fragment: more fragments set, offset 0.
    @Test
    void loopbackIpv4FirstFragmentIsFlaggedNotDissected() {
        String frame = "02000000"
                + "4500 0024 4242 2000 4006 0000 7f000001 7f000001"
                + "c000 0050 00000001 00000000 5002 ffff";
        Dissection d = dissectors.dissect(hex(frame), LinkTypes.NULL, FrameAnalysis.NONE);
        assertEquals(List.of("2", "1", "0", "", ""), fields(d, "null.family", "ip.flags.mf", "ip.frag_offset",
                "tcp.srcport", "tcp.flags"));
        assertEquals("IPv4", d.protocolColumn());
        assertEquals("Fragmented IP protocol (proto=TCP 6, off=0, ID=4242)", d.infoColumn());
    }

    @Test
    void truncatedFramesNeverThrow() {
        byte[] full = hex(SYN);
        for (int n = 0; n <= full.length; n++) {
            byte[] cut = java.util.Arrays.copyOf(full, n);
            Dissection d = dissectors.dissect(cut, LinkTypes.ETHERNET, FrameAnalysis.NONE);
            assertNotNull(d.protocolColumn());
        }
        Dissection d = dissectors.dissect(java.util.Arrays.copyOf(full, 40), LinkTypes.ETHERNET, FrameAnalysis.NONE);
        assertFalse(d.has(dissectors.registry().get("tcp.srcport")));
    }
}
