package org.resetlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code info FILE [--json]}: what the capture holds, after the full load-time analysis. */
@Command(name = "info", description = "Summarize a capture file.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        System.err.println("resetlens: info is not yet implemented");
        return Cli.EXIT_BAD_FILE;
    }
}
