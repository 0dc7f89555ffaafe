package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;

/**
 * The one seam between the window and the engine branches (capture, dissect, model, filter, rst):
 * opens captures and compiles display filters. A late change in an engine changes one adapter.
 */
public interface CaptureBackend {

    /**
     * Loads {@code path} on the calling (background) thread. {@code onPreview} is called once, on the
     * loading thread, as soon as the first frame is indexed, so rows can be shown while the rest loads. Never throws on bad
     * input: a missing or unreadable file gives a session with no frames and an error diagnostic.
     */
    CaptureSession load(Path path, Consumer<CapturePreview> onPreview, CancelToken cancel, Progress progress);

    /** Display-filter compiler and the field names it knows. */
    DisplayFilters filters();
}
