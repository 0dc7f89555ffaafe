package org.resetlens.cli;

import org.resetlens.query.AnalysisColumns;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.Timestamps;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FieldColumns;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.filter.ColumnSource;
import org.resetlens.filter.CompileResult;
import org.resetlens.filter.DisplayFilter;
import org.resetlens.filter.DissectionFields;
import org.resetlens.filter.Filter;
import org.resetlens.filter.FilterMatcher;
import org.resetlens.filter.FrameIndexColumns;

/**
 * {@code packets FILE [-Y FILTER] [-e FIELD]...}: one line per packet (matching the filter), either a tshark-like summary or the
 * requested fields tab-separated, several occurrences comma-joined, exactly as
 * {@code tshark -n -2 -T fields -E occurrence=a -E aggregator=,} prints them.
 */
final class PacketsCommand implements Subcommand {
    Path file;

    List<String> fields = new ArrayList<>();

    String filter;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE")
                .repeatable("FIELD", "Print this field (repeatable), as tshark -T fields.", "-e")
                .option("FILTER", "Print only packets matching this display filter.", "-Y");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        fields = new ArrayList<>(args.all("-e"));
        filter = args.value("-Y");
    }

    @Override
    public Integer call() {
        return run(System.out, System.err);
    }

    int run(OutputStream out, PrintStream err) {
        Dissectors dissectors = Dissectors.standard();
        List<String> unknown = new ArrayList<>();
        FieldColumns columns = FieldColumns.resolve(dissectors.registry(), fields, unknown);
        if (columns == null) {
            err.println("resetlens: packets: unknown field '" + unknown.get(0) + "' (not a field name ResetLens knows)");
            return Cli.EXIT_BAD_ARGS;
        }
        Filter compiled = null;
        if (filter != null) {
            CompileResult r = DisplayFilter.compile(filter, dissectors.registry());
            if (!r.ok()) {
                err.println("resetlens: packets: invalid display filter: " + r.error().message());
                err.println("    " + r.caret(filter).replace("\n", "\n    "));
                return Cli.EXIT_BAD_ARGS;
            }
            compiled = r.filter();
        }
        try (LoadedCapture loaded = LoadedCapture.load(file, err, dissectors.registry())) {
            if (loaded == null) return Cli.EXIT_BAD_FILE;
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(w, loaded, dissectors, columns, compiled);
            w.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the frames that pass {@code compiled} (every frame when null). The filter reads the load
     * pass's columns where they answer a field, so a frame is dissected only when the filter needs one
     * of its other fields, or when it passes and its line needs fields.
     */
    private static void write(Writer w, LoadedCapture loaded, Dissectors dissectors, FieldColumns columns,
                              Filter compiled) throws IOException {
        FrameIndex idx = loaded.capture().frames();
        boolean summary = columns.size() == 0;
        Dissectors.Options base = new Dissectors.Options(false, loaded.hasInterfaceIds(), -1);
        int[] previousDisplayed = {-1};
        int[] lastFrame = {-1};
        Dissection[] last = new Dissection[1];
        IntFunction<Dissection> dissect = f -> {
            if (f != lastFrame[0]) {
                last[0] = dissectors.dissect(idx, f, loaded.analysis(), base.withPreviousDisplayed(previousDisplayed[0]));
                lastFrame[0] = f;
            }
            return last[0];
        };
        DissectionFields fields = new DissectionFields(dissect);
        FilterMatcher matcher = null;
        if (compiled != null) {
            FieldRegistry registry = dissectors.registry();
            ColumnSource source = new FrameIndexColumns(idx, registry, loaded.hasInterfaceIds())
                    .or(new AnalysisColumns(loaded.model(), registry, fields));
            matcher = compiled.bind(fields, source);
        }
        StringBuilder line = new StringBuilder(256);
        long first = idx.size() > 0 ? idx.timeNanos(0) : 0;
        for (int f = 0; f < idx.size(); f++) {
            if (matcher != null && !matcher.matches(f)) continue;
            Dissection d = dissect.apply(f); // the filter's dissection of f, if it made one

            previousDisplayed[0] = f;
            line.setLength(0);
            if (summary) {
                summaryLine(line, idx, f, first, d);
            } else {
                columns.appendLine(line, d);
            }
            line.append('\n');
            w.append(line);
        }
    }

    /** tshark's default one-line summary: number, relative time, source → destination, protocol, length, info. */
    private static void summaryLine(StringBuilder line, FrameIndex idx, int f, long first, Dissection d) {
        String no = Integer.toString(f + 1);
        for (int i = no.length(); i < 5; i++) line.append(' ');
        line.append(no).append(' ');
        String rel = Timestamps.seconds9(idx.timeNanos(f) - first);
        rel = rel.substring(0, rel.length() - 3);
        for (int i = rel.length(); i < 10; i++) line.append(' ');
        line.append(rel).append(' ').append(d.sourceColumn()).append(" → ").append(d.destinationColumn())
                .append(' ').append(d.protocolColumn()).append(' ').append(idx.originalLength(f)).append(' ')
                .append(d.infoColumn());
    }
}
