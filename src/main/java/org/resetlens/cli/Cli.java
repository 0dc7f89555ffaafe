package org.resetlens.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The headless command line: {@code resetlens COMMAND ...}; see SPEC §8 for the contract. */
public final class Cli {
    /** Exit status for a file that could not be read. */
    public static final int EXIT_BAD_FILE = 1;
    /** Exit status for bad arguments or an invalid filter. */
    public static final int EXIT_BAD_ARGS = 2;
    static final String VERSION = "ResetLens 0.1.0";

    /** Every subcommand: name and one-line description, in the order the help lists them. */
    static final List<String[]> COMMANDS = List.of(
            new String[] {"info", "Summarize a capture file."},
            new String[] {"packets", "Print one line per packet (summary, or fields with -e)."},
            new String[] {"conversations", "List the TCP conversations of a capture."},
            new String[] {"resets", "Explain every TCP reset: cause, trigger, evidence."},
            new String[] {"ladder", "Draw a TCP stream as a ladder diagram, with notes and the reset trace-back."},
            new String[] {"annotate", "Attach a note to a packet and save the capture as pcapng."},
            new String[] {"stats", "Application statistics: SMB2 service response time, command counts, HTTP."},
            new String[] {"compare", "Compare two captures: resets, SMB2 commands and response times."});

    private Cli() { }

    /** True when {@code arg} starts a command line (an option or a subcommand), not a file to open. */
    public static boolean isCommand(String arg) {
        return arg.startsWith("-") || description(arg) != null;
    }

    /** A new instance of the subcommand named {@code name}, or null. Only that one class is loaded. */
    static Subcommand create(String name) {
        return switch (name) {
            case "info" -> new InfoCommand();
            case "packets" -> new PacketsCommand();
            case "conversations" -> new ConversationsCommand();
            case "resets" -> new ResetsCommand();
            case "ladder" -> new LadderCommand();
            case "annotate" -> new AnnotateCommand();
            case "stats" -> new StatsCommand();
            case "compare" -> new CompareCommand();
            default -> null;
        };
    }

    static String description(String name) {
        for (String[] c : COMMANDS) if (c[0].equals(name)) return c[1];
        return null;
    }

    /** The spec of subcommand {@code name} (its usage, what it accepts), or null. */
    static CommandSpec spec(String name) {
        Subcommand c = create(name);
        return c == null ? null : declared(name, c);
    }

    /** What {@code command}, named {@code name}, accepts. */
    private static CommandSpec declared(String name, Subcommand command) {
        CommandSpec spec = new CommandSpec(name, description(name));
        command.declare(spec);
        return spec;
    }

    /** Runs {@code args} with the standard streams; returns the exit status. */
    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            out.print(usage());
            return 0;
        }
        if (args[0].equals("-V") || args[0].equals("--version")) {
            out.println(VERSION);
            return 0;
        }
        Subcommand command = create(args[0]);
        if (command == null) {
            err.println("resetlens: " + (args[0].startsWith("-") ? "Unknown option: '" : "Unknown command: '")
                    + args[0] + "' (see resetlens --help)");
            return EXIT_BAD_ARGS;
        }
        CommandSpec spec = declared(args[0], command);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        for (String a : rest) {
            if (a.equals("--")) break;
            if (a.equals("-h") || a.equals("--help")) {
                out.print(spec.usage());
                return 0;
            }
        }
        try {
            command.bind(spec.parse(rest));
        } catch (CommandSpec.UsageException e) {
            err.println("resetlens: " + e.getMessage());
            return EXIT_BAD_ARGS;
        }
        try {
            return command.call();
        } catch (OutOfMemoryError e) {
            // what was loaded is garbage once the command has unwound, so there is room to say why
            err.println("resetlens: " + args[0] + ": out of memory: the Java heap ("
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB) is too small for this command on"
                    + " this capture; run java with a larger -Xmx");
            return EXIT_BAD_FILE;
        } catch (Exception e) {
            err.println("resetlens: internal error: " + e);
            return EXIT_BAD_FILE;
        }
    }

    /** The top-level help: what ResetLens is, the options, the subcommands. */
    static String usage() {
        StringBuilder sb = new StringBuilder("Usage: resetlens [-hV] [COMMAND]\n")
                .append("Loads packet captures and explains TCP resets.\n")
                .append("  -h, --help      Show this help message and exit.\n")
                .append("  -V, --version   Print version information and exit.\n")
                .append("Commands:\n");
        int width = 0;
        for (String[] c : COMMANDS) width = Math.max(width, c[0].length());
        for (String[] c : COMMANDS) sb.append("  ").append(c[0]).append(" ".repeat(width - c[0].length() + 2)).append(c[1]).append('\n');
        return sb.toString();
    }
}
