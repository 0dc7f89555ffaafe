package org.resetlens.bench;

import java.nio.file.Path;
import org.resetlens.query.AnalysisColumns;
import org.resetlens.dissect.Dissectors;
import org.resetlens.filter.ColumnSource;
import org.resetlens.filter.CompileResult;
import org.resetlens.filter.DisplayFilter;
import org.resetlens.filter.DissectionFields;
import org.resetlens.filter.Filter;
import org.resetlens.filter.FrameIndexColumns;
import org.resetlens.model.Analysis;
import org.resetlens.model.AnalysisDecorator;
import org.resetlens.model.AppFrameAnalysis;
import org.resetlens.model.CaptureLoader;

/**
 * Times re-filtering a capture that is already loaded: loads {@code args[0]} once, then selects the
 * frames matching each filter (default: the four below) once — the FIRST run, which pays for the
 * JIT compiling the filter path — and then {@code args[1]} more times (default 5, the warm runs),
 * printing the matches and milliseconds of the first run and the median and max of the warm runs.
 * The filters read the load pass's columns (no dissection of directly decoded TCP frames). The first
 * filter given is the only one whose first run meets a cold JVM; to see every filter cold, run the
 * main once per filter (README "Benchmarks" does).
 *
 * <pre>mvn -B -q -o -DskipTests package test-compile
 * java -cp target/resetlens.jar:target/test-classes org.resetlens.bench.RefilterBench big1m.pcap [runs] [filter...]</pre>
 */
public final class RefilterBench {
    private RefilterBench() { }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: RefilterBench FILE [RUNS] [FILTER...]");
            System.exit(2);
        }
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String[] filters = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length)
                : new String[] {"tcp.flags.reset==1", "tcp.stream==5", "ip.addr==10.201.0.1 && tcp.port==80",
                        "tcp.analysis.retransmission"};
        long t0 = System.nanoTime();
        Analysis analysis = CaptureLoader.load(Path.of(args[0]));
        System.out.printf("loaded %d frames in %d ms%n", analysis.capture().frames().size(),
                (System.nanoTime() - t0) / 1_000_000);
        var fc = analysis.frames();
        int direct = 0;
        for (int f = 0; f < fc.size(); f++) if (fc.isTcp(f) && fc.haveSegmentLength(f)) direct++;
        System.out.printf("%d frames with a TCP header the load pass decoded (the rest are dissected for TCP/IP fields)%n",
                direct);
        Dissectors dissectors = Dissectors.standard();
        var index = analysis.capture().frames();
        var frameAnalysis = new AppFrameAnalysis(new AnalysisDecorator(analysis, dissectors.registry()), analysis);
        DissectionFields fields = new DissectionFields(f -> dissectors.dissect(index, f, frameAnalysis,
                new Dissectors.Options(false, false, -2)));
        AnalysisColumns tcpColumns = new AnalysisColumns(analysis, dissectors.registry(), fields);
        long p0 = System.nanoTime();
        tcpColumns.prepare();
        System.out.printf("prepared the columns (dissected the frames not decoded directly) in %d ms;"
                + " the window does this in the background right after loading%n", (System.nanoTime() - p0) / 1_000_000);
        ColumnSource columns = new FrameIndexColumns(index, dissectors.registry(), false).or(tcpColumns);
        for (String text : filters) {
            CompileResult r = DisplayFilter.compile(text, dissectors.registry());
            if (!r.ok()) {
                System.out.println(text + ": " + r.error().message());
                continue;
            }
            Filter filter = r.filter();
            long s = System.nanoTime();
            int[] first = filter.select(index.size(), fields, columns, null);
            long firstMs = (System.nanoTime() - s) / 1_000_000;
            long[] warm = new long[runs];
            for (int run = 0; run < runs; run++) {
                s = System.nanoTime();
                filter.select(index.size(), fields, columns, null);
                warm[run] = (System.nanoTime() - s) / 1_000_000;
            }
            java.util.Arrays.sort(warm);
            System.out.printf("%-45s %8d frames  first %5d ms  warm median %4d ms max %4d ms (%d runs; columns only: %s)%n",
                    text, first.length, firstMs, runs == 0 ? -1 : warm[runs / 2], runs == 0 ? -1 : warm[runs - 1],
                    runs, filter.columnsOnly(columns));
        }
        analysis.capture().close();
    }
}
