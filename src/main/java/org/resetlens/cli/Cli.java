package org.resetlens.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: {@code resetlens COMMAND ...}; see SPEC §8 for the contract. */
@Command(name = "resetlens", mixinStandardHelpOptions = true, version = "ResetLens 0.1.0",
        description = "Loads packet captures and explains TCP resets.",
        subcommands = {InfoCommand.class, PacketsCommand.class, ConversationsCommand.class, ResetsCommand.class, LadderCommand.class, AnnotateCommand.class, StatsCommand.class, CompareCommand.class})
public final class Cli implements Runnable {
    /** Exit status for a file that could not be read. */
    public static final int EXIT_BAD_FILE = 1;
    /** Exit status for bad arguments or an invalid filter. */
    public static final int EXIT_BAD_ARGS = 2;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static boolean isCommand(String arg) {
        return arg.startsWith("-") || commandLine().getSubcommands().containsKey(arg);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("resetlens: " + ex.getMessage());
            return EXIT_BAD_ARGS;
        });
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            command.getErr().println("resetlens: internal error: " + ex);
            return EXIT_BAD_FILE;
        });
        return cl;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }
}
