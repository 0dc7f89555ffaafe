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
        return arg.startsWith("-") || subcommand(arg) != null;
    }

    /**
     * The subcommand class named {@code name}, or null. A plain lookup: reading the names from the
     * annotations would load and parse every subcommand at each start ({@code CliTest} keeps the two
     * in step).
     */
    static Class<?> subcommand(String name) {
        return switch (name) {
            case "info" -> InfoCommand.class;
            case "packets" -> PacketsCommand.class;
            case "conversations" -> ConversationsCommand.class;
            case "resets" -> ResetsCommand.class;
            case "ladder" -> LadderCommand.class;
            case "annotate" -> AnnotateCommand.class;
            case "stats" -> StatsCommand.class;
            case "compare" -> CompareCommand.class;
            default -> null;
        };
    }

    /** The whole command line, every subcommand built (usage, help, tests). */
    public static CommandLine commandLine() {
        return handlers(new CommandLine(new Cli()));
    }

    /**
     * The command line for {@code args}: when the first argument names a subcommand, a root with only
     * that one (picocli inspects every subcommand's annotations when it builds one, a few hundred
     * milliseconds of start-up for all of them), otherwise the whole one.
     */
    static CommandLine commandLineFor(String... args) {
        Class<?> only = args.length > 0 ? subcommand(args[0]) : null;
        if (only == null) return commandLine();
        try {
            var constructor = only.getDeclaredConstructor();
            constructor.setAccessible(true);
            CommandLine root = new CommandLine(new SingleRoot());
            root.addSubcommand(new CommandLine(constructor.newInstance()));
            return handlers(root);
        } catch (ReflectiveOperationException e) {
            return commandLine();
        }
    }

    /** The root of {@link #commandLineFor} when one subcommand runs (same name and version as {@link Cli}). */
    @Command(name = "resetlens", mixinStandardHelpOptions = true, version = "ResetLens 0.1.0")
    static final class SingleRoot implements Runnable {
        @Override
        public void run() {
            commandLine().usage(System.out);
        }
    }

    private static CommandLine handlers(CommandLine cl) {
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
        return commandLineFor(args).execute(args);
    }
}
