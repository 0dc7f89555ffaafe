package org.resetlens.model;

import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;

/** The full load pass over an in-memory capture for fuzz tests, failing loudly where production degrades. */
public final class FuzzLoad {
    private static final Dissectors DISSECTORS = Dissectors.standard();

    private FuzzLoad() { }

    /** Loads {@code file} as the application does; rethrows the first frame's analysis failure. */
    public static Analysis load(byte[] file) {
        LoadPass pass = new LoadPass();
        Capture c = CaptureReader.read(new HeapByteSource(file), pass);
        rethrow(pass.firstFailure());
        return pass.finish(c);
    }

    /** Dissects every frame with the load pass's analysis, as the packet list and filters do. */
    public static void dissectAll(Analysis a) {
        FrameAnalysis fa = new AppFrameAnalysis(new AnalysisDecorator(a, DISSECTORS.registry()), a);
        FrameIndex idx = a.capture().frames();
        for (int f = 0; f < idx.size(); f++) {
            Dissection d = DISSECTORS.dissect(idx, f, fa);
            rethrow(d.failure());
        }
    }

    private static void rethrow(Throwable t) {
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
    }
}
