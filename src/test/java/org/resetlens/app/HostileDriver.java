package org.resetlens.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.resetlens.cli.Cli;

/**
 * Runs many CLI invocations in one JVM for {@link HostileInputTest}: reads one command per line
 * (arguments separated by tabs) from {@code args[0]} and writes, per command, its exit status, time
 * and stderr to {@code args[1]}. Standard output is counted, not kept.
 */
public final class HostileDriver {
    private HostileDriver() { }

    public static void main(String[] args) throws Exception {
        List<String> jobs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        PrintStream realOut = System.out, realErr = System.err;
        try (PrintStream report = new PrintStream(Files.newOutputStream(Path.of(args[1])), true, StandardCharsets.UTF_8)) {
            for (int i = 0; i < jobs.size(); i++) {
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                realOut.println("start " + i);
                long t0 = System.nanoTime();
                int exit;
                try {
                    exit = Cli.run(jobs.get(i).split("\t"));
                } catch (Throwable t) {
                    exit = 99;
                    t.printStackTrace(System.err);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.flush();
                System.setOut(realOut);
                System.setErr(realErr);
                report.println("@@job " + i + " exit " + exit + " ms " + ms);
                report.println(err.toString(StandardCharsets.UTF_8));
            }
            report.println("@@end");
        }
    }
}
