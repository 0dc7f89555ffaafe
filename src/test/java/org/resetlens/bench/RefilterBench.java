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
 * frames matching each filter (default {@code tcp.flags.reset==1}, {@code tcp.stream==7},
 * {@code tcp.port==80 && tcp.flags.syn==1}) {@code args[1]} times (default 5), printing the matches
 * and milliseconds per run. The filters read the load pass's columns (no dissection of TCP frames).
 *
 * <pre>java -cp target/resetlens.jar:target/test-classes org.resetlens.bench.RefilterBench big1m.pcap [runs] [filter...]</pre>
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
                : new String[] {"tcp.flags.reset==1", "tcp.stream==7", "tcp.port==80 && tcp.flags.syn==1"};
        long t0 = System.nanoTime();
        Analysis analysis = CaptureLoader.load(Path.of(args[0]));
        System.out.printf("loaded %d frames in %d ms%n", analysis.capture().frames().size(),
                (System.nanoTime() - t0) / 1_000_000);
        Dissectors dissectors = Dissectors.standard();
        var index = analysis.capture().frames();
        var frameAnalysis = new AppFrameAnalysis(new AnalysisDecorator(analysis, dissectors.registry()), analysis);
        DissectionFields fields = new DissectionFields(f -> dissectors.dissect(index, f, frameAnalysis,
                new Dissectors.Options(false, false, -2)));
        ColumnSource columns = new FrameIndexColumns(index, dissectors.registry(), false)
                .or(new AnalysisColumns(analysis, dissectors.registry(), fields));
        for (String text : filters) {
            CompileResult r = DisplayFilter.compile(text, dissectors.registry());
            if (!r.ok()) {
                System.out.println(text + ": " + r.error().message());
                continue;
            }
            Filter filter = r.filter();
            for (int run = 1; run <= runs; run++) {
                long s = System.nanoTime();
                int[] hits = filter.select(index.size(), fields, columns, null);
                System.out.printf("%s run %d: %d frames in %d ms (columns only: %s)%n", text, run, hits.length,
                        (System.nanoTime() - s) / 1_000_000, filter.columnsOnly(columns));
            }
        }
        analysis.capture().close();
    }
}
