package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/** The manual trace's frames equal what tshark shows for the same filter with relative numbers turned off. */
class ManualTraceTest {
    @Test
    void framesMatchTsharkWithRawNumbers() {
        Tshark.require();
        Path dir = Shared.require().resolve("scenarios");
        int checked = 0;
        for (String name : List.of("smb-request-timeout-abort.pcap", "graceful-abortive-close.pcap", "rst-ignored-loss.pcap",
                "firewall-midstream.pcap", "backlog-overflow.pcap", "zero-window-abort.pcap")) {
            Path cap = dir.resolve(name);
            ResetReport rep = new ResetEngine(new PayloadMessages()).explain(ModelStreams.of(CaptureLoader.load(cap)));
            for (ResetExplanation r : rep.resets()) {
                List<String> out = Tshark.run(List.of("tshark", "-n", "-r", cap.toString(), "-o",
                        "tcp.relative_sequence_numbers:FALSE", "-Y", r.manual().filter(), "-T", "fields", "-e", "frame.number"));
                List<Integer> want = new ArrayList<>();
                for (String l : out) if (!l.isBlank()) want.add(Integer.parseInt(l.trim()));
                assertEquals(want, r.manual().frames(), name + " frame " + r.frame() + ": " + r.manual().filter());
                checked++;
            }
        }
        assertEquals(true, checked > 10);
    }
}
