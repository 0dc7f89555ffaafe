package org.resetlens.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.model.Analysis;
import org.resetlens.rst.ChainLink;
import org.resetlens.rst.Evidence;
import org.resetlens.rst.Resets;
import org.resetlens.rst.ResetExplanation;
import org.resetlens.rst.ResetPattern;
import org.resetlens.rst.ResetReport;
import org.resetlens.rst.ResetSummary;

/** {@code resets FILE [--json] [--summary] [--trace]}: every TCP reset explained (SPEC §5, rst-causes.md). */
final class ResetsCommand implements Subcommand {
    Path file;

    boolean json;

    boolean summary;

    boolean trace;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE")
                .flag("Print JSON: an array with one object per reset (with --summary: the groups).", "--json")
                .flag("Group resets by cause, sender, server port and host pair; show patterns.", "--summary")
                .flag("Print, per reset, the manual trace-back's packets in its stream.", "--trace");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        json = args.flag("--json");
        summary = args.flag("--summary");
        trace = args.flag("--trace");
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Analysis analysis = ModelLoad.load(file, System.err);
        if (analysis == null) return Cli.EXIT_BAD_FILE;
        ResetReport report = Resets.explain(analysis);
        if (json && summary) {
            out.println(ResetsJson.pretty(ResetsJson.summary(report)));
        } else if (json) {
            ResetsJson.writeResets(report, out);
            out.println();
        } else if (summary) {
            printSummary(out, report);
        } else {
            Tracer tracer = trace ? new Tracer(analysis) : null;
            for (ResetExplanation r : report.resets()) {
                print(out, r);
                if (tracer != null) tracer.print(out, r);
                out.println();
            }
            if (report.resets().isEmpty()) out.println("No TCP resets in " + file.getFileName() + ".");
        }
        out.flush();
        return 0;
    }

    static void print(PrintStream out, ResetExplanation r) {
        out.printf(Locale.ROOT, "Frame %d (stream %d): %s %s:%d → %s:%d  %s, %s confidence%s%n", r.frame(), r.stream(),
                r.sender().id(), r.senderAddress(), r.senderPort(), r.peerAddress(), r.peerPort(), r.cause().id(),
                r.confidence().id(), r.benign() ? " (benign)" : "");
        out.println("  " + r.explanation());
        out.printf(Locale.ROOT, "  trigger: %s   accepted: %s   state: %s   zeek: %s%n",
                r.trigger() == null ? "none" : "frame " + r.trigger() + seconds(r.sinceTriggerSeconds(), " before"),
                r.accepted().id(), r.state(), r.zeekState());
        out.println("  seq/ack: " + r.seqAck().describe());
        out.println("  acceptance: " + r.acceptance());
        if (!r.chain().isEmpty()) {
            out.println("  chain: " + r.chain().stream().map(ResetsCommand::link).collect(Collectors.joining(" → ")));
        }
        for (Evidence e : r.evidence()) {
            if (e.rule().equals("seq-ack") || e.rule().equals("acceptance")) continue;
            out.println("  evidence " + e.rule() + ": " + String.join("; ", e.facts()));
        }
        if (r.manual() != null) {
            out.println("  manual: " + r.manual().filter() + "  → frames " + r.manual().frames().stream()
                    .map(String::valueOf).collect(Collectors.joining(", "))
                    + (r.manual().total() > r.manual().frames().size() ? " … (" + r.manual().total() + ")" : ""));
        }
    }

    private static String link(ChainLink l) {
        return l.role().id() + " " + l.frame() + (l.note().isEmpty() ? "" : " (" + l.note() + ")");
    }

    private static String seconds(Double s, String suffix) {
        return s == null ? "" : String.format(Locale.ROOT, " (%.3f s%s)", s, suffix);
    }

    static void printSummary(PrintStream out, ResetReport report) {
        out.println(report.resets().size() + " TCP reset" + (report.resets().size() == 1 ? "" : "s"));
        for (ResetSummary s : report.summaries()) out.println("  " + s.text());
        if (!report.patterns().isEmpty()) {
            out.println("Patterns:");
            for (ResetPattern p : report.patterns()) {
                out.println("  " + p.cause().id() + " on " + p.server() + ":" + p.serverPort() + " from " + p.client()
                        + ": " + p.text() + " (frames " + frameList(p.frames()) + ")");
            }
        }
    }

    /** How many frames of a pattern the text summary lists before it counts the rest (JSON lists all). */
    static final int LISTED_FRAMES = 12;

    /** "1, 5, 9" or, for long lists, the first {@link #LISTED_FRAMES} and "… and N more". */
    static String frameList(List<Integer> frames) {
        String listed = frames.stream().limit(LISTED_FRAMES).map(String::valueOf).collect(Collectors.joining(", "));
        int rest = frames.size() - LISTED_FRAMES;
        return rest > 0 ? listed + " … and " + rest + " more" : listed;
    }

    /** Prints packets Wireshark-style: "frame time src → dst proto len info". */
    private static final class Tracer {
        private final Analysis analysis;
        private final Dissectors dissectors = Dissectors.standard();

        Tracer(Analysis analysis) {
            this.analysis = analysis;
        }

        void print(PrintStream out, ResetExplanation r) {
            if (r.manual() == null) return;
            out.println("  trace: " + r.manual().filter());
            FrameIndex idx = analysis.capture().frames();
            long t0 = idx.size() > 0 ? idx.timeNanos(0) : 0;
            List<Integer> frames = r.manual().frames();
            for (int f : frames) {
                int i = f - 1;
                Dissection d = dissectors.dissect(idx, i, FrameAnalysis.NONE);
                out.printf(Locale.ROOT, "  %6d %12.6f %s → %s %s %d %s%s%n", f, (idx.timeNanos(i) - t0) / 1e9,
                        d.sourceColumn(), d.destinationColumn(), d.protocolColumn(), idx.originalLength(i),
                        d.infoColumn(), f == r.frame() ? "   ◀ reset" : "");
            }
        }
    }
}
