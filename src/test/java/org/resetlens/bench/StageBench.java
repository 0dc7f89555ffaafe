package org.resetlens.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.rst.ModelStreams;
import org.resetlens.rst.ResetReport;
import org.resetlens.rst.Resets;
import org.resetlens.rst.StreamView;

/**
 * Times each stage of what {@code info} does on open (load pass, stream views, reset engine), cold and
 * then warm, in one JVM: {@code java -Xmx256m -cp target/resetlens.jar:target/test-classes
 * org.resetlens.bench.StageBench FILE [RUNS]}.
 */
public final class StageBench {
    private StageBench() { }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        for (int r = 1; r <= runs; r++) {
            long p0 = os.getProcessCpuTime();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Analysis a = CaptureLoader.load(file);
            long c1 = threads.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            List<StreamView> views = ModelStreams.of(a);
            long t2 = System.nanoTime();
            ResetReport report = Resets.explain(a, views);
            long t3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            long p3 = os.getProcessCpuTime();
            System.out.printf("run %d: load %d ms, views %d ms, engine %d ms (%d resets); main thread CPU: load %d ms,"
                    + " views+engine %d ms; process CPU %d ms%n", r, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000, report.resets().size(), (c1 - c0) / 1_000_000, (c3 - c1) / 1_000_000,
                    (p3 - p0) / 1_000_000);
            a.capture().close();
        }
    }
}
