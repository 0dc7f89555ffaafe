package org.resetlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The start-up lookup of a subcommand by name agrees with the subcommands Cli declares. */
class CliTest {
    @Test
    void everyDeclaredSubcommandIsFoundByItsName() {
        Class<?>[] declared = Cli.class.getAnnotation(Command.class).subcommands();
        assertEquals(8, declared.length);
        for (Class<?> c : declared) {
            String name = c.getAnnotation(Command.class).name();
            assertEquals(c, Cli.subcommand(name), name);
            assertTrue(Cli.isCommand(name), name);
        }
    }

    @Test
    void namesItDoesNotDeclareAreNotSubcommands() {
        List<String> declared = Arrays.stream(Cli.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class).name()).toList();
        for (String other : List.of("capture.pcap", "Info", "help", "")) {
            assertFalse(declared.contains(other));
            assertNull(Cli.subcommand(other), other);
        }
        assertTrue(Cli.isCommand("--version"));
        assertFalse(Cli.isCommand("capture.pcap"));
    }
}
