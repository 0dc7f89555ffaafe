package org.resetlens.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark (a main, not a test): a million packets in 20,000 streams, 30,000 resets, some streams long with
 * many resets, through the engine; prints the time. Run: java -cp target/classes:target/test-classes ...
 */
public final class ResetEngineBench {
    private ResetEngineBench() { }

    public static void main(String[] args) {
        List<StreamView> streams = new ArrayList<>();
        int frame = 0, resets = 0, packets = 0;
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        for (int s = 0; s < n; s++) {
            StreamBuilder b = new StreamBuilder(s, frame);
            long c = s * 7919L, v = s * 104729L;
            b.handshake(c, v, 1);
            int data = s % 100 == 0 ? 20_000 : 40; // every 100th stream is long
            long cs = c + 1, ss = v + 1;
            for (int i = 0; i < data; i++) {
                b.c(2 + i, "PA", cs, ss, 100);
                cs += 100;
                b.s(2.5 + i, "A", ss, cs, 0);
                if (s % 100 == 0 && i % 20 == 0) {
                    b.rst(2.6 + i, false, "R", ss, 0, 63); // many resets in one long stream
                    resets++;
                }
            }
            b.rst(5000 + data, true, "RA", cs, ss, 64);
            resets++;
            packets += b.view().size();
            frame += b.view().size();
            streams.add(b.view());
        }
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            ResetReport r = new ResetEngine(new PayloadMessages()).explain(streams);
            long t1 = System.nanoTime();
            System.out.printf("%d packets, %d streams, %d resets explained in %.2f s%n", packets, streams.size(),
                    r.resets().size(), (t1 - t0) / 1e9);
        }
    }
}
