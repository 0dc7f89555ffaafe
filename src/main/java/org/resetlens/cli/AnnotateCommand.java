package org.resetlens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.capture.PcapngWriter;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.diagram.Annotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annotate FILE --frame N --text TEXT -o OUT.pcapng}: attach a note as a pcapng packet comment. */
@Command(name = "annotate", description = "Attach a note to a packet and save the capture as pcapng.")
final class AnnotateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--frame", required = true, paramLabel = "N", description = "Frame number (1-based).")
    int frame;

    @Option(names = "--text", required = true, paramLabel = "TEXT")
    String text;

    @Option(names = "--replace", description = "Replace the frame's existing comments instead of adding one.")
    boolean replace;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pcapng")
    Path out;

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
