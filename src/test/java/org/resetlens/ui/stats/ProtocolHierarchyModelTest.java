package org.resetlens.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.resetlens.ui.backend.EngineBackend;

/**
 * The protocol hierarchy agrees with {@code tshark -n -q -z io,phs} on a project capture and corpus captures.
 * (Not wiki_http.cap nor wiki_smb2_peter.pcap: the dissectors add no data-text-lines, xml, data or
 * tcp.segments layers, and this view shows ipv6.hopopts, which tshark's io,phs leaves out.)
 */
class ProtocolHierarchyModelTest {
    @Test
    void hierarchyMatchesTshark() throws Exception {
        Tshark.require();
        List<Path> files = new ArrayList<>(List.of(Path.of("src/test/resources/scenarios/v2/smb-request-timeout-abort.pcap")));
        if (Shared.dir().isPresent()) {
            for (String n : List.of("wiki_dns.cap")) {
                Path p = Shared.dir().get().resolve("corpus").resolve(n);
                if (Files.exists(p)) files.add(p);
            }
        }
        for (Path file : files) {
            List<String> theirs = new ArrayList<>();
            for (String line : Tshark.run(List.of("tshark", "-n", "-q", "-z", "io,phs", "-r", file.toString()))) {
                if (line.contains("frames:")) theirs.add(line.stripTrailing().replaceAll("\\s+frames:", " frames:"));
            }
            try (CaptureSession s = new EngineBackend().load(file, p -> { }, CancelToken.none(), Progress.NONE)) {
                List<String> ours = new ArrayList<>();
                for (ProtocolHierarchyModel.Node n : ProtocolHierarchyModel.compute(s, done -> { })) {
                    ours.add("  ".repeat(n.depth()) + n.protocol() + " frames:" + n.frames() + " bytes:" + n.bytes());
                }
                assertEquals(theirs, ours, file.getFileName().toString());
            }
        }
    }
}
