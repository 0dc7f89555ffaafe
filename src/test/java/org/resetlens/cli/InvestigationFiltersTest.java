package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * SPEC §4's investigation filters give tshark's frames on every SMB capture of the shared scenarios
 * and of the project's own generated scenarios (the corpus's SMB captures are covered by the
 * conformance suite). For {@code tcp.ack eq N || tcp.seq eq N}, N is each reset's relative ACK as
 * tshark prints it, the number an engineer copies from the reset.
 */
class InvestigationFiltersTest {
    private static final List<String> FILTERS = List.of(
            "tcp.flags.reset eq 1",
            "(tcp.flags.reset eq 1 && tcp.port eq 445) || smb.cmd == 0x72 || smb2.cmd eq 0 || "
                    + "(smb2.cmd eq 1 && smb2.flags.response == 1)",
            "ip.addr == 10.0.0.0/8 and not tcp.analysis.flags");

    private static String packets(Path file, String filter) {
        PacketsCommand c = new PacketsCommand();
        c.file = file;
        c.filter = filter;
        c.fields = List.of("frame.number");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = c.run(out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String tshark(Path file, String filter) {
        List<String> lines = Tshark.fields(file, filter, List.of("frame.number"));
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static List<Path> smbCaptures() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : Shared.scenarioCaptures()) {
            if (p.getFileName().toString().startsWith("smb")) out.add(p);
        }
        Path own = Path.of("src/test/resources/scenarios");
        if (Files.isDirectory(own)) {
            try (Stream<Path> s = Files.walk(own)) {
                s.filter(p -> p.getFileName().toString().startsWith("smb") && p.toString().endsWith(".pcap"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void investigationFiltersMatchTsharkOnSmbScenarios() throws IOException {
        Tshark.require();
        List<Path> captures = smbCaptures();
        assertFalse(captures.isEmpty(), "no SMB scenario captures found");
        for (Path file : captures) {
            List<String> filters = new ArrayList<>(FILTERS);
            for (String ack : Tshark.fields(file, "tcp.flags.reset eq 1", List.of("tcp.ack"))) {
                filters.add("tcp.ack eq " + ack + " || tcp.seq eq " + ack);
            }
            for (String filter : filters) {
                assertEquals(tshark(file, filter), packets(file, filter), file.getFileName() + ": " + filter);
            }
        }
    }
}
