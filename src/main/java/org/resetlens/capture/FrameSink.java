package org.resetlens.capture;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;

/**
 * Where a format parser puts what it reads: frames go to the index and the listener, with
 * cancellation polled and progress reported every few thousand frames; section comments and the one
 * diagnostic that stops a load are collected for the {@link Capture}.
 */
final class FrameSink {
    private static final int CANCEL_POLL_MASK = 0xFFF;
    private static final int PROGRESS_MASK = 0xFFFF;

    final FrameIndex index;
    private final FrameListener listener;
    private final CancelToken cancel;
    private final Progress progress;
    private final long total;
    final List<String> sectionComments = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean cancelled;

    FrameSink(FrameIndex index, FrameListener listener, CancelToken cancel, Progress progress) {
        this.index = index;
        this.listener = listener;
        this.cancel = cancel;
        this.progress = progress;
        this.total = index.source().size();
    }

    /** Appends a frame to the index; the parser attaches its comments, then calls {@link #publish}. */
    int add(long dataOffset, int capLen, int origLen, long timeNanos, int iface) {
        return index.add(dataOffset, capLen, origLen, timeNanos, iface);
    }

    void comment(int frame, String text) {
        index.addComment(frame, text);
    }

    /**
     * Runs the listener on a frame just added. Returns false when the user cancelled: the parser
     * must stop.
     */
    boolean publish(int frame, long endOffset) {
        listener.onFrame(index, frame);
        if ((frame & CANCEL_POLL_MASK) == CANCEL_POLL_MASK) {
            if ((frame & PROGRESS_MASK) == PROGRESS_MASK) progress.update(endOffset, total);
            if (cancel.isCancelled()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    }

    /** Records the damage that stopped reading. */
    void damage(String code, long offset, String message) {
        diagnostics.add(Diagnostic.warning(code, offset, message));
    }

    void error(String code, long offset, String message) {
        diagnostics.add(Diagnostic.error(code, offset, message));
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Reports the final position (the whole file unless reading stopped early). */
    void finish(long position) {
        progress.update(position, total);
    }
}
