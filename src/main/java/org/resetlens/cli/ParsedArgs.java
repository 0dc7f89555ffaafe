package org.resetlens.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A command line parsed by a {@link CommandSpec}: its operands, and each option's values by longest name. */
final class ParsedArgs {
    private final List<String> operands;
    private final Map<String, List<String>> values;

    ParsedArgs(List<String> operands, Map<String, List<String>> values) {
        this.operands = List.copyOf(operands);
        this.values = Map.copyOf(values);
    }

    String operand(int i) {
        return operands.get(i);
    }

    Path path(int i) throws CommandSpec.UsageException {
        return toPath(operands.get(i), operandLabel(i));
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null when it was not given. */
    String value(String name) {
        List<String> v = values.get(name);
        return v == null ? null : v.get(0);
    }

    /** The option's value, or {@code otherwise} when it was not given. */
    String value(String name, String otherwise) {
        String v = value(name);
        return v == null ? otherwise : v;
    }

    /** Every value of a repeatable option, in order (empty when none). */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The option's value as an int, or {@code otherwise} when it was not given. */
    int intValue(String name, int otherwise) throws CommandSpec.UsageException {
        Integer v = integer(name);
        return v == null ? otherwise : v;
    }

    /** The option's value as an int, or null when it was not given. */
    Integer integer(String name) throws CommandSpec.UsageException {
        String v = value(name);
        if (v == null) return null;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new CommandSpec.UsageException("Invalid value for option '" + name + "': '" + v + "' is not an int");
        }
    }

    /** The option's value as a path, or null when it was not given. */
    Path pathValue(String name) throws CommandSpec.UsageException {
        String v = value(name);
        return v == null ? null : toPath(v, "option '" + name + "'");
    }

    private static Path toPath(String v, String what) throws CommandSpec.UsageException {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new CommandSpec.UsageException("Invalid value for " + what + ": '" + v + "' is not a path");
        }
    }

    private static String operandLabel(int i) {
        return "operand " + (i + 1);
    }
}
