package org.resetlens.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.ConversationRow;
import org.resetlens.ui.backend.EngineBackend;

/** Endpoints agree with {@code tshark -n -q -z endpoints,ip|ipv6|tcp|udp} on corpus captures. */
class EndpointsModelTest {
    static final List<String> FILES = List.of("wiki_dns.cap", "wiki_many_interfaces.pcapng", "wiki_smb_win10.pcapng",
            "wiki_v6_http.cap", "zeek_ftp_ipv6.pcap", "wiki_server_rst.pcap");

    @Test
    void endpointsMatchTshark() throws Exception {
        Tshark.require();
        Path corpus = Shared.require().resolve("corpus");
        int compared = 0;
        for (String name : FILES) {
            Path file = corpus.resolve(name);
            if (!Files.exists(file)) continue;
            try (CaptureSession s = new EngineBackend().load(file, p -> { }, CancelToken.none(), Progress.NONE)) {
                EndpointsModel m = new EndpointsModel(s);
                compared += check(name, file, "ip", m.ip(4));
                compared += check(name, file, "ipv6", m.ip(6));
                compared += check(name, file, "tcp", m.transport(ConversationRow.Transport.TCP));
                compared += check(name, file, "udp", m.transport(ConversationRow.Transport.UDP));
            }
        }
        assertTrue(compared > 20, "compared " + compared);
    }

    private static int check(String name, Path file, String kind, List<EndpointsModel.Endpoint> ours) {
        List<String> theirs = new ArrayList<>();
        boolean rows = false;
        for (String line : Tshark.run(List.of("tshark", "-n", "-q", "-z", "endpoints," + kind, "-r", file.toString()))) {
            if (line.startsWith("====") && rows) break;
            if (line.startsWith("Filter:")) {
                rows = true;
                continue;
            }
            if (rows && !line.contains("|")) theirs.add(String.join(" ", line.trim().split("\\s+")));
        }
        List<String> mine = new ArrayList<>();
        for (EndpointsModel.Endpoint e : ours) {
            mine.add((e.address() + (e.port() < 0 ? "" : " " + e.port())) + " " + e.packets() + " " + e.bytes() + " "
                    + e.txPackets() + " " + e.txBytes() + " " + e.rxPackets() + " " + e.rxBytes());
        }
        theirs.sort(null);
        mine.sort(null);
        assertEquals(theirs, mine, name + " endpoints," + kind);
        return mine.size();
    }
}
