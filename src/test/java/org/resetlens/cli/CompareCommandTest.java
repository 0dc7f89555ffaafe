package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * {@code compare}'s reset totals and SMB2 NEGOTIATE request counts equal what tshark's display
 * filters find ({@code tcp.flags.reset==1}; {@code smb2.cmd==0 && smb2.flags.response==0}).
 */
class CompareCommandTest {
    @Test
    void resetTotalsAndNegotiateRequestsMatchTshark() {
        Tshark.require();
        Path shared = Shared.require();
        List<Path> files = List.of(shared.resolve("corpus/wiki_smb2_peter.pcap"),
                shared.resolve("corpus/suri_smb1_smb2_rst.pcap"), shared.resolve("corpus/zeek_smb2_only_rst.pcap"),
                shared.resolve("scenarios/smb-request-timeout-abort.pcap"), shared.resolve("corpus/gnutella_rst.pcap"));
        for (Path f : files) {
            Analysis a = CaptureLoader.load(f);
            Map<String, Object> side = CompareCommand.side(a);
            a.capture().close();
            long resets = Tshark.fields(f, "tcp.flags.reset==1", List.of("frame.number")).size();
            long negotiate = Tshark.fields(f, "smb2.cmd==0 && smb2.flags.response==0", List.of("frame.number")).size();
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) side.get("resets");
            assertEquals(resets, ((Number) r.get("total")).longValue(), f + " resets");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> cmds = (Map<String, Map<String, Long>>) side.get("smb2_commands");
            long ours = cmds.containsKey("NEGOTIATE") ? cmds.get("NEGOTIATE").get("requests") : 0;
            assertEquals(negotiate, ours, f + " NEGOTIATE requests");
        }
    }
}
