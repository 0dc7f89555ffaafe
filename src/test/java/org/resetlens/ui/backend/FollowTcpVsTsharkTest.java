package org.resetlens.ui.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * Follow TCP Stream equals tshark 4.0.17's {@code -z follow,tcp,raw,N}, chunk for chunk (one line
 * per chunk, the second endpoint's indented), on corpus streams with out-of-order segments,
 * retransmissions and segments the capture missed: bytes in sequence order, each shown once, and
 * tshark's "[N bytes missing in capture file]" markers.
 */
class FollowTcpVsTsharkTest {

    @ParameterizedTest(name = "{0} stream {1}")
    @CsvSource({"suri_rst_unacked_http.pcap, 0", "zeek_http_206_zero_window.pcap, 0",
        "zeek_http_206_zero_window.pcap, 1", "suri_vlan_syn_retrans.pcap, 0", "wiki_smb2_peter.pcap, 0"})
    void chunksEqualTsharkFollow(String file, int stream) throws Exception {
        Path path = Shared.require().resolve("corpus").resolve(file);
        Tshark.require();
        List<String> expected = new ArrayList<>();
        boolean body = false;
        for (String line : Tshark.run(List.of("tshark", "-r", path.toString(), "-q", "-z", "follow,tcp,raw," + stream))) {
            if (line.startsWith("Node 1:")) {
                body = true;
            } else if (body && !line.isBlank() && !line.startsWith("=====")) {
                expected.add(line);
            }
        }
        assertTrue(expected.size() > 2, "the stream has payload");
        try (CaptureSession s = new EngineBackend().load(path, p -> { }, CancelToken.none(), Progress.NONE)) {
            List<String> actual = new ArrayList<>();
            for (StreamChunk c : s.followTcp(stream)) {
                actual.add((c.fromClient() ? "" : "\t") + HexFormat.of().formatHex(c.data()));
            }
            assertEquals(expected.size(), actual.size(), "chunks");
            for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "chunk " + i);
        }
    }
}
