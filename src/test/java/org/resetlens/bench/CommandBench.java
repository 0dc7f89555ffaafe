package org.resetlens.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall-clock benchmark of the ResetLens CLI against tshark on the same capture, in the same run.
 * Not a unit test: run it on a large capture (see README "Benchmarks").
 *
 * <pre>java -cp target/test-classes org.resetlens.bench.CommandBench big1m.pcap [runs]</pre>
 *
 * It times {@code runs} rounds of each pair, the two tools one after the other in every round so that
 * the machine's drift from minute to minute weighs on both alike (after one warm-up of the page
 * cache), and prints the best time of each, their ratio, and each round's own ratio:
 * <ol>
 *   <li>{@code java -Xmx256m -jar target/resetlens.jar info FILE} vs {@code tshark -n -r FILE -q -z conv,tcp}</li>
 *   <li>{@code packets FILE -Y tcp.flags.reset==1 -e frame.number} vs tshark with the same filter,
 *       and checks that both print the same frame list</li>
 * </ol>
 */
public final class CommandBench {
    private CommandBench() { }

    record Run(long millis, String stdout, int exit) { }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CommandBench CAPTURE [runs]");
            System.exit(2);
        }
        String file = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jar = Path.of("target", "resetlens.jar").toString();
        List<String> java = List.of("java", "-Xmx256m", "-jar", jar);

        warmPageCache(Path.of(file));
        System.out.printf("capture: %s (%d bytes)%n", file, Files.size(Path.of(file)));

        Run[] info = pairs("info vs tshark -z conv,tcp", concat(java, List.of("info", file)),
                List.of("tshark", "-n", "-r", file, "-q", "-z", "conv,tcp"), runs);

        String filter = "tcp.flags.reset==1";
        Run[] filtered = pairs("packets -Y " + filter + " vs tshark -Y",
                concat(java, List.of("packets", file, "-Y", filter, "-e", "frame.number")),
                List.of("tshark", "-n", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"), runs);
        Run ourFilter = filtered[0], tsharkFilter = filtered[1];
        boolean same = ourFilter.stdout.equals(tsharkFilter.stdout);
        System.out.printf("  frame lists identical: %s (%d frames)%n", same,
                tsharkFilter.stdout.isEmpty() ? 0 : tsharkFilter.stdout.split("\n").length);
    }

    /** Runs the two commands {@code runs} times each, alternating; prints and returns the best of each. */
    private static Run[] pairs(String what, List<String> ours, List<String> theirs, int runs)
            throws IOException, InterruptedException {
        Run bestOurs = null, bestTheirs = null;
        List<String> rounds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Run o = run(ours);
            Run t = run(theirs);
            if (bestOurs == null || o.millis < bestOurs.millis) bestOurs = o;
            if (bestTheirs == null || t.millis < bestTheirs.millis) bestTheirs = t;
            rounds.add(String.format("%d/%d ms %.1fx", o.millis, t.millis, (double) t.millis / Math.max(1, o.millis)));
        }
        System.out.printf("%s: resetlens %d ms (exit %d), tshark %d ms (exit %d), ratio %.1fx%n", what,
                bestOurs.millis, bestOurs.exit, bestTheirs.millis, bestTheirs.exit,
                (double) bestTheirs.millis / Math.max(1, bestOurs.millis));
        System.out.println("  rounds (resetlens/tshark): " + String.join(", ", rounds));
        return new Run[] {bestOurs, bestTheirs};
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Run run(List<String> cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        long t0 = System.nanoTime();
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        int exit = p.waitFor();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String text = new String(out, StandardCharsets.UTF_8);
        return new Run(ms, text, exit);
    }

    private static void warmPageCache(Path file) throws IOException {
        byte[] buf = new byte[1 << 20];
        try (var in = Files.newInputStream(file)) {
            while (in.read(buf) >= 0) {
                // reading is the point
            }
        }
    }
}
