package org.resetlens.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Tshark;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.EngineBackend;

/** The SMB2 SRT and command tables of the Statistics windows, against tshark on a project capture. */
class AppStatsModelTest {
    static final Path SMB = Path.of("src/test/resources/scenarios/v2/smb-request-timeout-abort.pcap");

    @Test
    void srtRowsAreTsharksSmb2SrtTable() throws Exception {
        Tshark.require();
        List<String> expected = new ArrayList<>();
        for (String line : Tshark.run(List.of("tshark", "-n", "-q", "-z", "smb2,srt", "-r", SMB.toString()))) {
            if (line.matches("\\s+\\d+\\s+.*")) expected.add(String.join(" ", line.trim().split("\\s+")));
        }
        try (CaptureSession s = new EngineBackend().load(SMB, p -> { }, CancelToken.none(), Progress.NONE)) {
            StatTable t = new AppStatsModel(s).smb2Srt();
            List<String> ours = t.rows().stream().map(r -> String.join(" ", r)).toList();
            assertEquals(expected, ours);
            assertEquals(7, ours.size());
        }
    }

    @Test
    void commandCountsMatchTsharkRequestsAndResponses() throws Exception {
        Tshark.require();
        // Per opcode from tshark's SMB2 headers (several per frame when compounded): requests, responses, errors.
        java.util.Map<String, List<Long>> expected = new java.util.LinkedHashMap<>();
        for (String line : Tshark.fields(SMB, "smb2", List.of("smb2.cmd", "smb2.flags.response", "smb2.nt_status"))) {
            String[] c = line.split("\t", -1);
            String[] cmd = c[0].split(","), resp = c[1].split(","), status = c[2].split(",");
            for (int i = 0; i < cmd.length; i++) {
                String name = org.resetlens.model.stats.Smb2Stats.commandName(Integer.parseInt(cmd[i]));
                List<Long> e = expected.computeIfAbsent(name, k -> new ArrayList<>(List.of(0L, 0L, 0L)));
                boolean response = resp[i].equals("1") || resp[i].equalsIgnoreCase("true");
                e.set(response ? 1 : 0, e.get(response ? 1 : 0) + 1);
                if (response && Long.decode(status[i]) != 0) e.set(2, e.get(2) + 1);
            }
        }
        try (CaptureSession s = new EngineBackend().load(SMB, p -> { }, CancelToken.none(), Progress.NONE)) {
            java.util.Map<String, List<Long>> ours = new java.util.LinkedHashMap<>();
            for (List<String> row : new AppStatsModel(s).smb2Commands().rows()) {
                ours.put(row.get(0), List.of(Long.parseLong(row.get(1)), Long.parseLong(row.get(2)),
                        Long.parseLong(row.get(3))));
            }
            assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(ours));
        }
    }

    @Test
    void httpRequestsByMethodAndStatusMatchTshark() throws Exception {
        Tshark.require();
        java.util.Optional<Path> shared = org.resetlens.testutil.Shared.dir();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared.isPresent(), "no shared corpus");
        Path file = shared.get().resolve("corpus/wiki_http.cap");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file), "no wiki_http.cap");
        List<List<String>> expected = new ArrayList<>();
        for (String[] kv : List.of(new String[] {"Method", "http.request", "http.request.method"},
                new String[] {"Status", "http.response", "http.response.code"})) {
            java.util.TreeMap<String, Long> counts = new java.util.TreeMap<>();
            for (String v : Tshark.fields(file, kv[1], List.of(kv[2]))) counts.merge(v, 1L, Long::sum);
            counts.forEach((k, n) -> expected.add(List.of(kv[0], k, Long.toString(n))));
        }
        try (CaptureSession s = new EngineBackend().load(file, p -> { }, CancelToken.none(), Progress.NONE)) {
            assertEquals(expected, new AppStatsModel(s).http().rows());
        }
    }
}
