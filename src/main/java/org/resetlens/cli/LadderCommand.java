package org.resetlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.LadderInputs;
import org.resetlens.diagram.LadderLayout;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.diagram.Palette;
import org.resetlens.diagram.TimeFormat;
import org.resetlens.dissect.Dissectors;
import org.resetlens.export.ExportFormat;
import org.resetlens.export.LadderExporter;
import org.resetlens.model.Analysis;

/** {@code ladder FILE --stream N [--around FRAME] [--messages] --format svg|png|pdf|mermaid|txt -o OUT}. */
final class LadderCommand implements Subcommand {
    Path file;

    int stream;

    Integer around;

    int radius = 12;

    boolean messages;

    String time = "relative";

    String theme = "light";

    String format;

    Path out;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE")
                .required("N", "tcp.stream to draw.", "--stream")
                .option("FRAME", "Only rows around this frame (the reset's trigger kept).", "--around")
                .option("ROWS", "Rows before and after --around (default 12).", "--radius")
                .flag("One row per application message instead of per packet.", "--messages")
                .option("relative|absolute|delta", "Time column (default relative).", "--time")
                .option("light|dark", "Colours (default light).", "--theme")
                .option("svg|png|pdf|mermaid|txt", "Output format (default: from the extension of -o).", "--format")
                .required("OUT", "Output file, or - for stdout.", "-o", "--output");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        stream = args.intValue("--stream", stream);
        around = args.integer("--around");
        radius = args.intValue("--radius", radius);
        messages = args.flag("--messages");
        time = args.value("--time", time);
        theme = args.value("--theme", theme);
        format = args.value("--format");
        out = args.pathValue("--output");
    }

    @Override
    public Integer call() {
        ExportFormat f = format != null ? ExportFormat.parse(format) : fromExtension(out);
        if (f == null) return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "unknown --format " + (format == null ? "(none, and -o has "
                + "no known extension)" : "'" + format + "'") + "; use svg, png, pdf, mermaid or txt");
        TimeFormat tf;
        try {
            tf = TimeFormat.valueOf(time.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "unknown --time '" + time + "'; use relative, absolute or delta");
        }
        if (!theme.equals("light") && !theme.equals("dark")) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "unknown --theme '" + theme + "'; use light or dark");
        }
        if (radius < 0) return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "--radius must not be negative");
        Analysis a = ModelLoad.load(file, System.err);
        if (a == null) return Cli.EXIT_BAD_FILE;
        if (stream < 0 || stream >= a.tcpStreamCount()) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "no tcp.stream " + stream + " in " + file.getFileName() + " (it has "
                    + a.tcpStreamCount() + " TCP stream" + (a.tcpStreamCount() == 1 ? "" : "s") + ")");
        }
        LadderInput in = LadderInputs.stream(a, stream, Dissectors.standard());
        if (around != null && in.indexOfFrame(around) < 0) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "frame " + around + " is not in tcp.stream " + stream);
        }
        in = ResetHighlight.apply(a, stream, in, around);
        LadderOptions opt = LadderOptions.defaults().withPerMessage(messages).withTimeFormat(tf);
        if (around != null) opt = opt.around(around, radius);
        LadderGeometry g = LadderLayout.layout(in, opt);
        try {
            Palette palette = theme.equals("dark") ? Palette.dark() : Palette.light();
            if (out.toString().equals("-")) {
                LadderExporter.write(in, g, f, palette, System.out);
                System.out.flush();
            } else {
                LadderExporter.write(in, g, f, palette, out);
            }
        } catch (IllegalArgumentException e) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, e.getMessage());
        } catch (IOException e) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_FILE, "cannot write " + out + ": " + e.getMessage());
        }
        return 0;
    }

    private static ExportFormat fromExtension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : ExportFormat.parse(name.substring(dot + 1));
    }
}
