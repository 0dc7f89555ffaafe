package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureFormat;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.model.Analysis;
import org.resetlens.model.AnalysisDecorator;
import org.resetlens.model.AppFrameAnalysis;
import org.resetlens.model.LoadPass;

/**
 * The production backend: one sequential read (capture) with the model's load pass as the frame
 * listener; then dissection on demand (dissect, decorated by the model), display filters (filter)
 * and reset explanations (rst).
 */
public final class EngineBackend implements CaptureBackend {
    private final Dissectors dissectors = Dissectors.standard();
    private final FilterAdapter filters = new FilterAdapter(dissectors.registry());

    @Override
    public CaptureSession load(Path path, Consumer<CapturePreview> onPreview, CancelToken cancel, Progress progress) {
        LoadPass pass = new LoadPass();
        FrameListener listener = new FrameListener() {
            private boolean published;

            @Override
            public void onFrame(FrameIndex index, int frame) {
                pass.onFrame(index, frame);
                if (!published) {
                    published = true;
                    DissectAdapter preview = new DissectAdapter(index, FrameAnalysis.NONE, false, dissectors);
                    onPreview.accept(new CapturePreview(index, preview::row));
                }
            }
        };
        Capture capture = CaptureReader.read(path, listener, cancel, progress);
        Analysis analysis = pass.finish(capture);
        FrameAnalysis decorated = new AppFrameAnalysis(new AnalysisDecorator(analysis, dissectors.registry()), analysis);
        DissectAdapter dissect = new DissectAdapter(capture.frames(), decorated, analysis,
                capture.format() == CaptureFormat.PCAPNG,
                dissectors);
        List<ResetInfo> resets = capture.frames().size() == 0 || cancel.isCancelled() ? List.of()
                : ResetAdapter.explain(analysis, f -> dissect.row(f).info());
        if (!cancel.isCancelled()) {
            Thread prepare = new Thread(dissect::prepareColumns, "resetlens-filter-columns");
            prepare.setDaemon(true);
            prepare.setPriority(Thread.MIN_PRIORITY);
            prepare.start();
        }
        return new EngineSession(capture, analysis, dissect, resets);
    }

    @Override
    public DisplayFilters filters() {
        return filters;
    }
}
