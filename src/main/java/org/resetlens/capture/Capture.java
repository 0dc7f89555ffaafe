package org.resetlens.capture;

import java.nio.file.Path;
import java.util.List;
import org.resetlens.core.Diagnostic;

/**
 * A loaded capture: its frames, interfaces and what went wrong while reading.
 *
 * @param sectionComments {@code opt_comment} values of the pcapng section headers, in order
 * @param diagnostics     warnings (damage after which loading stopped, skipped blocks) or an error
 *                        when nothing could be read
 * @param complete        false when loading was cancelled
 */
public record Capture(Path path, CaptureFormat format, FrameIndex frames, List<String> sectionComments,
                      List<Diagnostic> diagnostics, boolean complete) implements AutoCloseable {

    public boolean hasError() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    @Override
    public void close() {
        frames.source().close();
    }
}
