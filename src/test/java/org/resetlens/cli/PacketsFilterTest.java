package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/** {@code packets -Y}: the frames tshark displays for the same filter; a bad filter exits 2 with a caret. */
class PacketsFilterTest {
    private record Result(int code, String out, String err) { }

    private static Result packets(Path file, String filter, String... fields) {
        PacketsCommand c = new PacketsCommand();
        c.file = file;
        c.filter = filter;
        c.fields = List.of(fields);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = c.run(out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void filteredFramesAreTsharksFrames() {
        Tshark.require();
        Path file = Shared.require().resolve("corpus/wiki_server_rst.pcap");
        for (String filter : List.of("tcp.flags.reset eq 1", "ip.addr == 10.0.0.0/8 and not tcp.flags.syn == 1",
                "tcp.port in {80, 443} && frame.len > 100", "frame[12:2] == 08:00 && ip.ttl < 64")) {
            Result r = packets(file, filter, "frame.number", "tcp.port");
            assertEquals(0, r.code(), r.err());
            List<String> expected = Tshark.fields(file, filter, List.of("frame.number", "tcp.port"));
            assertEquals(String.join("\n", expected) + (expected.isEmpty() ? "" : "\n"), r.out(), filter);
        }
    }

    @Test
    void invalidFilterExitsTwoWithACaretUnderTheColumn() {
        Result r = packets(Path.of("does-not-matter.pcap"), "tcp.port == 80 and ip.addrr == 1.2.3.4", "frame.number");
        assertEquals(Cli.EXIT_BAD_ARGS, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("\"ip.addrr\" is not a valid protocol or protocol field. Did you mean ip.addr?"),
                r.err());
        assertTrue(r.err().contains("    tcp.port == 80 and ip.addrr == 1.2.3.4\n"
                + "                       ^~~~~~~~\n"), r.err());
    }
}
