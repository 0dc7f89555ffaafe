package org.resetlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.core.Diagnostic;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;

/**
 * The one way CLI commands load a capture with the model: prints the diagnostics to {@code err}
 * (only the errors when nothing could be read, else every warning with its byte offset) and returns
 * null when nothing could be read.
 */
final class ModelLoad {
    private ModelLoad() { }

    static Analysis load(Path file, PrintStream err) {
        Analysis analysis = CaptureLoader.load(file);
        Capture capture = analysis.capture();
        if (capture.hasError() && capture.frames().size() == 0) {
            for (Diagnostic d : capture.diagnostics()) {
                if (d.isError()) err.println("resetlens: " + file + ": " + d.message());
            }
            capture.close();
            return null;
        }
        for (Diagnostic d : capture.diagnostics()) {
            err.println("resetlens: " + file + ": " + (d.isError() ? "error: " : "warning: ") + d.message()
                    + (d.offset() >= 0 ? " (at byte offset " + d.offset() + ")" : ""));
        }
        return analysis;
    }
}
