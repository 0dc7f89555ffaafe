package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.model.Analysis;
import org.resetlens.model.LoadPass;

/**
 * The production backend: one sequential read (capture) with the model's load pass as the frame
 * listener, then the engine adapters answer rows, details, conversations and resets.
 */
public final class EngineBackend implements CaptureBackend {
    private final DisplayFilters filters = new PendingFilters();

    @Override
    public CaptureSession load(Path path, Consumer<CapturePreview> onPreview, CancelToken cancel, Progress progress) {
        LoadPass pass = new LoadPass();
        FrameListener listener = new FrameListener() {
            private boolean published;

            @Override
            public void onFrame(org.resetlens.capture.FrameIndex index, int frame) {
                pass.onFrame(index, frame);
                if (!published) {
                    published = true;
                    SummaryRows preview = new SummaryRows(index, pass.columns(), null);
                    onPreview.accept(new CapturePreview(index, preview::row));
                }
            }
        };
        Capture capture = CaptureReader.read(path, listener, cancel, progress);
        Analysis analysis = pass.finish(capture);
        return new EngineSession(capture, analysis);
    }

    @Override
    public DisplayFilters filters() {
        return filters;
    }
}
