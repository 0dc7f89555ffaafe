package org.resetlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureFormat;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.model.Analysis;
import org.resetlens.model.AnalysisDecorator;
import org.resetlens.model.AppFrameAnalysis;

/**
 * A capture loaded for a command, with what the load-time analysis learned about its frames.
 * The one place commands load files, so the analysis pass plugs in here for all of them.
 */
record LoadedCapture(Capture capture, FrameAnalysis analysis, Analysis model) implements AutoCloseable {

    /**
     * Loads {@code file}; prints warnings to {@code err}. Returns null (after printing the error) when
     * nothing could be read.
     */
    static LoadedCapture load(Path file, PrintStream err) {
        return load(file, err, Dissectors.standard().registry());
    }

    /** As {@link #load(Path, PrintStream)}, decorating dissections with the fields of {@code registry}. */
    static LoadedCapture load(Path file, PrintStream err, FieldRegistry registry) {
        Analysis model = ModelLoad.load(file, err);
        if (model == null) return null;
        return new LoadedCapture(model.capture(), new AppFrameAnalysis(new AnalysisDecorator(model, registry), model), model);
    }

    /** True when frames carry pcapng interface ids (tshark shows {@code frame.interface_id} only then). */
    boolean hasInterfaceIds() {
        return capture.format() == CaptureFormat.PCAPNG;
    }

    @Override
    public void close() {
        capture.close();
    }
}
