package org.resetlens.bench;

import java.nio.file.Path;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;

/**
 * Times the whole load pass (read, header decode, TCP/UDP stream tracking and sequence analysis) of
 * {@code args[0]}, repeated (args[1] times, default 5) for a warm JIT; prints packets, streams and
 * milliseconds per run. Compare with {@code time tshark -n -r FILE -q}.
 */
public final class ModelLoadBench {
    private ModelLoadBench() { }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ModelLoadBench FILE [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 1; r <= runs; r++) {
            long t0 = System.nanoTime();
            Analysis a = CaptureLoader.load(file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("run %d: %d packets, %d TCP streams, %d UDP streams in %d ms%n", r,
                    a.capture().frames().size(), a.tcpStreamCount(), a.udpStreamCount(), ms);
            a.capture().close();
        }
    }
}
