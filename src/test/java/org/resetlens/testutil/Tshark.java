package org.resetlens.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Runs the reference tshark (4.0.17, Debian) for comparison tests; tests skip when it is absent. */
public final class Tshark {
    private static Boolean available;

    private Tshark() { }

    public static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("tshark", "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException | InterruptedException e) {
                available = false;
            }
        }
        return available;
    }

    public static void require() {
        Assumptions.assumeTrue(available(), "tshark is not installed");
    }

    /**
     * {@code tshark -n -2 -r FILE [-Y FILTER] -T fields -E separator=/t -E occurrence=a -E aggregator=, -e ...};
     * one String per output line (no header).
     */
    public static List<String> fields(Path file, String filter, List<String> fields) {
        List<String> cmd = new ArrayList<>(List.of("tshark", "-n", "-2", "-r", file.toString()));
        if (filter != null) {
            cmd.add("-Y");
            cmd.add(filter);
        }
        cmd.addAll(List.of("-T", "fields", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,"));
        for (String f : fields) {
            cmd.add("-e");
            cmd.add(f);
        }
        return run(cmd);
    }

    /** Runs tshark with the given arguments (after "tshark") and returns stdout lines. */
    public static List<String> run(List<String> cmd) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("LC_ALL", "C.UTF-8");
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(300, TimeUnit.SECONDS);
            if (out.isEmpty()) return List.of();
            return List.of(out.split("\n", -1)).subList(0, out.endsWith("\n") ? out.split("\n", -1).length - 1
                    : out.split("\n", -1).length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
