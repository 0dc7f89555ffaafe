package org.resetlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one subcommand accepts, declared in code: its operands (FILE ...) and options (flags, options
 * with a value, repeatable ones). Parses a command line into {@link ParsedArgs} and writes the usage.
 * Hand-made rather than a reflective framework: the CLI starts in tens of milliseconds, which counts
 * when a script runs it once per capture.
 */
final class CommandSpec {
    /** An option: its names ({@code -o}, {@code --output}), and for one with a value, the value's label. */
    record Opt(List<String> names, String label, boolean required, boolean repeatable, String description) {
        boolean takesValue() {
            return label != null;
        }

        String longestName() {
            String n = names.get(0);
            for (String s : names) if (s.length() > n.length()) n = s;
            return n;
        }
    }

    /** A command-line error: the message printed after "resetlens: " (exit status 2). */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private final String name;
    private final String description;
    private final List<String> operands = new ArrayList<>();
    private final List<Opt> options = new ArrayList<>();

    CommandSpec(String name, String description) {
        this.name = name;
        this.description = description;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    /** A required operand, in order. */
    CommandSpec operand(String label) {
        operands.add(label);
        return this;
    }

    /** A flag: present or not. */
    CommandSpec flag(String description, String... names) {
        options.add(new Opt(List.of(names), null, false, false, description));
        return this;
    }

    /** An option with a value, given at most once. */
    CommandSpec option(String label, String description, String... names) {
        options.add(new Opt(List.of(names), label, false, false, description));
        return this;
    }

    /** An option with a value that must be given. */
    CommandSpec required(String label, String description, String... names) {
        options.add(new Opt(List.of(names), label, true, false, description));
        return this;
    }

    /** An option with a value that may be given several times, in order. */
    CommandSpec repeatable(String label, String description, String... names) {
        options.add(new Opt(List.of(names), label, false, true, description));
        return this;
    }

    /**
     * Parses {@code args} (the words after the subcommand's name). Options and operands may come in any
     * order; {@code --name=value} and, for one-letter options, {@code -Xvalue} are accepted; after
     * {@code --} every word is an operand.
     */
    ParsedArgs parse(List<String> args) throws UsageException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> given = new ArrayList<>();
        boolean onlyOperands = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlyOperands || !a.startsWith("-") || a.equals("-")) {
                given.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyOperands = true;
                continue;
            }
            String attached = null;
            Opt opt = find(a);
            if (opt == null) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    opt = find(a.substring(0, eq));
                    attached = a.substring(eq + 1);
                } else if (!a.startsWith("--") && a.length() > 2) {
                    opt = find(a.substring(0, 2));
                    if (opt != null && !opt.takesValue()) opt = null;
                    attached = a.substring(2);
                }
            }
            if (opt == null) throw new UsageException("Unknown option: '" + a + "'");
            String key = opt.longestName();
            if (!opt.takesValue()) {
                if (attached != null) throw new UsageException("Option '" + key + "' takes no value");
                values.computeIfAbsent(key, k -> new ArrayList<>()).add("true");
                continue;
            }
            String value = attached;
            if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("Missing required parameter for option '" + key + "' (" + opt.label() + ")");
                }
                value = args.get(++i);
            }
            List<String> list = values.computeIfAbsent(key, k -> new ArrayList<>());
            if (!opt.repeatable() && !list.isEmpty()) {
                throw new UsageException("option '" + key + "' (" + opt.label() + ") should be specified only once");
            }
            list.add(value);
        }
        for (Opt o : options) {
            if (o.required() && !values.containsKey(o.longestName())) {
                throw new UsageException("Missing required option: '" + o.longestName() + "=" + o.label() + "'");
            }
        }
        if (given.size() < operands.size()) {
            List<String> missing = operands.subList(given.size(), operands.size());
            throw new UsageException("Missing required parameter" + (missing.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", missing.stream().map(m -> "'" + m + "'").toList()));
        }
        if (given.size() > operands.size()) {
            throw new UsageException("Unmatched argument" + (given.size() - operands.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", given.subList(operands.size(), given.size()).stream().map(m -> "'" + m + "'")
                    .toList()));
        }
        return new ParsedArgs(given, values);
    }

    private Opt find(String word) {
        for (Opt o : options) if (o.names().contains(word)) return o;
        return null;
    }

    /** The usage text, as {@code resetlens NAME --help} prints it. */
    String usage() {
        StringBuilder sb = new StringBuilder("Usage: resetlens ").append(name).append(" [-h]");
        for (Opt o : options) {
            String first = o.names().get(0);
            String part = first + (o.takesValue() ? (first.startsWith("--") ? "=" : " ") + o.label() : "");
            sb.append(' ').append(o.required() ? part : "[" + part + "]" + (o.repeatable() ? "..." : ""));
        }
        for (String op : operands) sb.append(' ').append(op);
        sb.append('\n').append(description).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (String op : operands) rows.add(new String[] {op, ""});
        for (Opt o : options) {
            String names = String.join(", ", o.names()) + (o.takesValue() ? "=" + o.label() : "");
            rows.add(new String[] {names, o.description() == null ? "" : o.description()});
        }
        rows.add(new String[] {"-h, --help", "Show this help message and exit."});
        int width = 0;
        for (String[] r : rows) width = Math.max(width, r[0].length());
        for (String[] r : rows) {
            sb.append("  ").append(r[0]);
            if (!r[1].isEmpty()) sb.append(" ".repeat(width - r[0].length() + 3)).append(r[1]);
            sb.append('\n');
        }
        return sb.toString();
    }
}
