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
 * It times, best of {@code runs} each (after one warm-up of the page cache):
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

        Run ours = best(concat(java, List.of("info", file)), runs);
        Run theirs = best(List.of("tshark", "-n", "-r", file, "-q", "-z", "conv,tcp"), runs);
        report("info vs tshark -z conv,tcp", ours, theirs);

        String filter = "tcp.flags.reset==1";
        Run ourFilter = best(concat(java, List.of("packets", file, "-Y", filter, "-e", "frame.number")), runs);
        Run tsharkFilter = best(List.of("tshark", "-n", "-r", file, "-Y", filter, "-T", "fields", "-e", "frame.number"),
                runs);
        report("packets -Y " + filter + " vs tshark -Y", ourFilter, tsharkFilter);
        boolean same = ourFilter.stdout.equals(tsharkFilter.stdout);
        System.out.printf("  frame lists identical: %s (%d frames)%n", same,
                tsharkFilter.stdout.isEmpty() ? 0 : tsharkFilter.stdout.split("\n").length);
    }

    private static void report(String what, Run ours, Run theirs) {
        System.out.printf("%s: resetlens %d ms (exit %d), tshark %d ms (exit %d), ratio %.1fx%n", what, ours.millis,
                ours.exit, theirs.millis, theirs.exit, (double) theirs.millis / Math.max(1, ours.millis));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Run best(List<String> cmd, int runs) throws IOException, InterruptedException {
        Run best = null;
        for (int i = 0; i < runs; i++) {
            Run r = run(cmd);
            if (best == null || r.millis < best.millis) best = r;
        }
        return best;
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
