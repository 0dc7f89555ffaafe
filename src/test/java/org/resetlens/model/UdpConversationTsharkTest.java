package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * The UDP conversations of the model agree with {@code tshark -n -q -z conv,udp} on corpus captures.
 * (wiki_teardrop.cap is left out: tshark counts a reassembled IPv4 fragment the load pass does not.)
 */
class UdpConversationTsharkTest {
    static final List<String> FILES = List.of("wiki_dns.cap", "wiki_dhcp_nanosecond.pcap",
            "wiki_many_interfaces.pcapng", "wiki_smb_win10.pcapng", "zeek_nmap_vsn.pcap",
            "wiki_ipv4frags.pcap", "dpkt_truncated_dns.pcap", "wiki_smb_legacy.pcapng", "suri_sll2.pcap");

    @Test
    void udpConversationsMatchTshark() throws Exception {
        Tshark.require();
        Path corpus = Shared.require().resolve("corpus");
        int compared = 0;
        for (String name : FILES) {
            Path file = corpus.resolve(name);
            if (!Files.exists(file)) continue;
            List<String> theirs = new ArrayList<>();
            for (String line : Tshark.run(List.of("tshark", "-n", "-q", "-z", "conv,udp", "-r", file.toString()))) {
                if (line.contains(" <-> ")) theirs.add(String.join(" ", line.trim().split("\\s+")));
            }
            List<String> ours = new ArrayList<>();
            for (UdpConversation c : CaptureLoader.load(file).udpConversations()) ours.add(row(c));
            theirs.sort(null);
            ours.sort(null);
            assertEquals(theirs, ours, name);
            compared += ours.size();
        }
        assertTrue(compared > 0, "no UDP conversation compared");
    }

    /** The row as tshark prints it, single-spaced: A <-> B, B→A, A→B, total, start, duration. */
    private static String row(UdpConversation c) {
        double start = seconds(c.startNanos());
        double dur = seconds(c.startNanos() + c.durationNanos()) - start;
        return String.join(" ", c.addressA() + ":" + c.portA(), "<->", c.addressB() + ":" + c.portB(),
                Long.toString(c.packetsBtoA()), ConversationTable.size(c.bytesBtoA()),
                Long.toString(c.packetsAtoB()), ConversationTable.size(c.bytesAtoB()),
                Long.toString(c.packets()), ConversationTable.size(c.bytes()),
                ConversationTable.fixed(start, 9), ConversationTable.fixed(dur, 4));
    }

    /** Wireshark's nstime_to_sec: whole seconds plus nanoseconds / 1e9 (so the rounding matches tshark's). */
    private static double seconds(long nanos) {
        return (double) Math.floorDiv(nanos, 1_000_000_000L) + (double) Math.floorMod(nanos, 1_000_000_000L) / 1e9;
    }
}
