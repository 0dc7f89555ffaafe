package org.resetlens.cli;

import java.util.concurrent.Callable;

/** One {@code resetlens} subcommand: declares what it accepts, takes the parsed values, then runs (its exit status). */
interface Subcommand extends Callable<Integer> {
    /** Adds the operands and options to {@code spec}, which already carries the name and description. */
    void declare(CommandSpec spec);

    /** Takes the values of a command line {@code declare}'s spec parsed. */
    void bind(ParsedArgs args) throws CommandSpec.UsageException;
}
