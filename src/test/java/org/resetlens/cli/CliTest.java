package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line's own parsing: subcommands, options in any order, help, version and errors (exit 2). */
class CliTest {
    private record Result(int status, String out, String err) { }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Cli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everySubcommandIsListedCreatedAndDocumented() {
        assertEquals(8, Cli.COMMANDS.size());
        String help = run("--help").out();
        for (String[] c : Cli.COMMANDS) {
            assertTrue(Cli.isCommand(c[0]), c[0]);
            assertNotNull(Cli.create(c[0]), c[0]);
            assertTrue(help.contains(c[0]) && help.contains(c[1]), c[0]);
            Result usage = run(c[0], "--help");
            assertEquals(0, usage.status(), c[0]);
            assertTrue(usage.out().startsWith("Usage: resetlens " + c[0]), usage.out());
        }
        for (String other : List.of("capture.pcap", "Info", "help", "")) {
            assertNull(Cli.create(other), other);
            assertFalse(Cli.isCommand(other), other);
        }
        assertTrue(Cli.isCommand("--version"));
    }

    @Test
    void versionAndHelp() {
        assertEquals(new Result(0, Cli.VERSION + System.lineSeparator(), ""), run("--version"));
        assertEquals(0, run("-V").status());
        assertTrue(run("-h").out().contains("Commands:"));
        Result ladder = run("ladder", "-h");
        assertTrue(ladder.out().contains("--stream=N") && ladder.out().contains("-o, --output=OUT"), ladder.out());
    }

    @Test
    void optionsAndOperandsInAnyOrderAndEveryValueForm() throws Exception {
        CommandSpec spec = Cli.spec("packets");
        ParsedArgs a = spec.parse(List.of("-Y", "tcp", "x.pcap", "-e", "frame.number", "-eip.src", "-e=tcp.port"));
        assertEquals("x.pcap", a.operand(0));
        assertEquals("tcp", a.value("-Y"));
        assertEquals(List.of("frame.number", "ip.src", "tcp.port"), a.all("-e"));

        ParsedArgs l = Cli.spec("ladder").parse(List.of("--stream=3", "f.pcap", "--output", "-", "--around", "7"));
        assertEquals(3, l.intValue("--stream", -1));
        assertEquals(7, l.integer("--around"));
        assertEquals(12, l.intValue("--radius", 12));
        assertEquals(Path.of("-"), l.pathValue("--output"));
        assertFalse(l.flag("--messages"));

        ParsedArgs dashed = Cli.spec("info").parse(List.of("--json", "--", "-odd-name.pcap"));
        assertEquals("-odd-name.pcap", dashed.operand(0));
        assertTrue(dashed.flag("--json"));
    }

    @Test
    void badCommandLinesExitTwoWithAMessage() {
        Result noFile = run("resets");
        assertEquals(Cli.EXIT_BAD_ARGS, noFile.status());
        assertEquals("resetlens: Missing required parameter: 'FILE'", noFile.err().strip());

        Result unknown = run("info", "x.pcap", "--jsn");
        assertEquals(Cli.EXIT_BAD_ARGS, unknown.status());
        assertTrue(unknown.err().contains("Unknown option: '--jsn'"), unknown.err());

        Result noStream = run("ladder", "x.pcap", "-o", "out.svg");
        assertEquals(Cli.EXIT_BAD_ARGS, noStream.status());
        assertTrue(noStream.err().contains("Missing required option: '--stream=N'"), noStream.err());

        Result notInt = run("ladder", "x.pcap", "--stream", "two", "-o", "out.svg");
        assertEquals(Cli.EXIT_BAD_ARGS, notInt.status());
        assertTrue(notInt.err().contains("'two' is not an int"), notInt.err());

        Result extra = run("info", "a.pcap", "b.pcap");
        assertEquals(Cli.EXIT_BAD_ARGS, extra.status());
        assertTrue(extra.err().contains("Unmatched argument: 'b.pcap'"), extra.err());

        Result twice = run("packets", "a.pcap", "-Y", "tcp", "-Y", "udp");
        assertEquals(Cli.EXIT_BAD_ARGS, twice.status());

        Result noValue = run("packets", "a.pcap", "-Y");
        assertEquals(Cli.EXIT_BAD_ARGS, noValue.status());
        assertTrue(noValue.err().contains("'-Y'"), noValue.err());

        assertEquals(Cli.EXIT_BAD_ARGS, run("frobnicate", "a.pcap").status());
        assertEquals(Cli.EXIT_BAD_ARGS, run("--frobnicate").status());
        assertThrows(CommandSpec.UsageException.class, () -> Cli.spec("info").parse(List.of("--json=yes", "a.pcap")));
    }

    @Test
    void aMissingFileIsExitOneNotAnArgumentError() {
        // the command itself reports the file on the standard error stream
        assertEquals(Cli.EXIT_BAD_FILE, run("info", "/nonexistent/capture.pcap").status());
    }
}
