package org.resetlens.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/**
 * Times the record walk alone: {@code CaptureReader.read} of {@code args[0]} with no listener,
 * repeated (args[1] times, default 5) so the JIT has warmed up; prints packets, wall-clock milliseconds and
 * the loading thread's CPU milliseconds (steadier than wall clock on a busy machine) per run.
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= runs; r++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            try (Capture c = CaptureReader.read(file, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
                System.out.printf("run %d: %d packets in %d ms (%d ms on the CPU)%s%n", r, c.frames().size(), ms,
                        cpuMs, c.diagnostics().isEmpty() ? "" : "  " + c.diagnostics());
            }
        }
    }
}
