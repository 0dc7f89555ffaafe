package org.resetlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.capture.PcapngWriter;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.diagram.Annotations;

/** {@code annotate FILE --frame N --text TEXT -o OUT.pcapng}: attach a note as a pcapng packet comment. */
final class AnnotateCommand implements Subcommand {
    Path file;

    int frame;

    String text;

    boolean replace;

    Path out;

    @Override
    public void declare(CommandSpec spec) {
        spec.operand("FILE")
                .required("N", "Frame number (1-based).", "--frame")
                .required("TEXT", "The comment.", "--text")
                .flag("Replace the frame's existing comments instead of adding one.", "--replace")
                .required("OUT.pcapng", "The annotated copy.", "-o", "--output");
    }

    @Override
    public void bind(ParsedArgs args) throws CommandSpec.UsageException {
        file = args.path(0);
        frame = args.intValue("--frame", frame);
        text = args.value("--text");
        replace = args.flag("--replace");
        out = args.pathValue("--output");
    }

    @Override
    public Integer call() {
        if (text.isBlank()) return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "--text is empty");
        try (Capture c = CaptureReader.read(file, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            if (c.hasError() && c.frames().size() == 0) return LadderCliSupport.fail(Cli.EXIT_BAD_FILE, LadderCliSupport.firstError(c));
            if (frame < 1 || frame > c.frames().size()) {
                return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "no frame " + frame + " in " + file.getFileName() + " (it has "
                        + c.frames().size() + " frames)");
            }
            if (out.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
                return LadderCliSupport.fail(Cli.EXIT_BAD_ARGS, "-o must not be the input file");
            }
            Annotations notes = new Annotations(c.frames());
            if (replace) notes.set(frame, text);
            else notes.add(frame, text);
            PcapngWriter.write(c.frames(), c.sectionComments(), out);
            return 0;
        } catch (IOException e) {
            return LadderCliSupport.fail(Cli.EXIT_BAD_FILE, "cannot write " + out + ": " + e.getMessage());
        }
    }
}
