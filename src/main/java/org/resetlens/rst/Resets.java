package org.resetlens.rst;

import java.util.List;
import org.resetlens.model.Analysis;

/**
 * The one way a loaded capture's resets are explained, so the CLI, the window, the ladder and the
 * comparison all show the same cause for the same reset: the engine over every stream of the
 * analysis, with application messages from the payloads first and the model's pairing otherwise.
 */
public final class Resets {
    private Resets() { }

    /** The application messages the engine reads for {@code analysis}. */
    public static AppMessageSource messages(Analysis analysis) {
        return ModelAppMessages.preferPayloads(analysis);
    }

    /** Explains every reset of the capture. */
    public static ResetReport explain(Analysis analysis) {
        return explain(analysis, ModelStreams.of(analysis));
    }

    /** As {@link #explain(Analysis)}, over stream views already made with {@link ModelStreams#of}. */
    public static ResetReport explain(Analysis analysis, List<StreamView> views) {
        return new ResetEngine(messages(analysis)).explain(views, ModelStreams.profile(analysis));
    }

    /**
     * Explains the resets of stream {@code stream} of {@code views} (made with {@link ModelStreams#of}),
     * judged against the whole capture (hosts' usual TTLs, other streams), as {@link #explain} judges it.
     */
    public static List<ResetExplanation> explainStream(Analysis analysis, List<StreamView> views, int stream) {
        return new ResetEngine(messages(analysis)).explainStream(views.get(stream), ModelStreams.profile(analysis));
    }
}
