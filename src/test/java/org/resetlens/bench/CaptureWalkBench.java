package org.resetlens.bench;

import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/**
 * Times the record walk alone: {@code CaptureReader.read} of {@code args[0]} with no listener,
 * repeated (args[1] times, default 5) so the JIT has warmed up; prints packets and milliseconds per run.
 */
public final class CaptureWalkBench {
    private CaptureWalkBench() { }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: CaptureWalkBench FILE [RUNS]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 1; r <= runs; r++) {
            long t0 = System.nanoTime();
            try (Capture c = CaptureReader.read(file, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("run %d: %d packets in %d ms%s%n", r, c.frames().size(), ms,
                        c.diagnostics().isEmpty() ? "" : "  " + c.diagnostics());
            }
        }
    }
}
