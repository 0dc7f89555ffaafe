package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.FrameListener;
import org.resetlens.capture.HeapByteSource;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;

/**
 * The production backend: reads captures with the capture package and hands the index to the
 * engine adapters for rows, details, conversations and resets.
 */
public final class EngineBackend implements CaptureBackend {
    private final DisplayFilters filters = new PendingFilters();

    @Override
    public CaptureSession load(Path path, Consumer<FrameIndex> onIndex, CancelToken cancel, Progress progress) {
        AtomicBoolean published = new AtomicBoolean();
        FrameListener listener = (index, frame) -> {
            if (published.compareAndSet(false, true)) onIndex.accept(index);
        };
        Capture capture;
        try {
            capture = CaptureReader.read(path, listener, cancel, progress);
        } catch (UnsupportedOperationException e) {
            capture = new Capture(path, null, new FrameIndex(new HeapByteSource(new byte[0])), List.of(),
                    List.of(Diagnostic.error("ui.reader.missing", -1,
                            "This build cannot read capture files yet (the capture reader is not available).")),
                    false);
        }
        return new EngineSession(capture);
    }

    @Override
    public DisplayFilters filters() {
        return filters;
    }
}
