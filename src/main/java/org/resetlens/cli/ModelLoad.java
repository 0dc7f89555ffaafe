package org.resetlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.resetlens.core.Diagnostic;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;

/** Loads a capture with the model for the statistics commands, printing its diagnostics; null when unreadable. */
final class ModelLoad {
    private ModelLoad() { }

    static Analysis load(Path file, PrintStream err) {
        Analysis analysis = CaptureLoader.load(file);
        var capture = analysis.capture();
        for (Diagnostic d : capture.diagnostics()) {
            err.println("resetlens: " + file + ": " + d.message() + (d.offset() >= 0 ? " (at byte offset " + d.offset() + ")" : ""));
        }
        if (capture.hasError() && capture.frames().size() == 0) {
            capture.close();
            return null;
        }
        return analysis;
    }
}
