package org.resetlens.capture;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;
import org.resetlens.core.Severity;

/**
 * Where a format parser puts what it reads: frames go to the index and the listener, with
 * cancellation polled and progress reported every few thousand frames; section comments and the one
 * diagnostic that stops a load are collected for the {@link Capture}.
 */
final class FrameSink {
    private static final int CANCEL_POLL_MASK = 0xFFF;
    private static final int PROGRESS_MASK = 0xFFFF;
    /** Bytes of comments and interface names kept in memory, at most: a hostile file cannot exhaust the heap. */
    static final long TEXT_BUDGET = 64L << 20;

    final FrameIndex index;
    private final FrameListener listener;
    private final CancelToken cancel;
    private final Progress progress;
    private final long total;
    final List<String> sectionComments = new ArrayList<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private boolean cancelled;
    /** The next frame count at which the final count is estimated, to size the index ahead. */
    private int nextEstimate = 4096;
    private long textLeft = TEXT_BUDGET;
    private int textsDropped;

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
        if (frame + 1 == nextEstimate) presize(frame + 1, endOffset);
        if ((frame & CANCEL_POLL_MASK) == CANCEL_POLL_MASK) {
            if ((frame & PROGRESS_MASK) == PROGRESS_MASK) progress.update(endOffset, total);
            if (cancel.isCancelled()) {
                cancelled = true;
                return false;
            }
        }
        return true;
    }

    /**
     * A UTF-8 string option (trailing NULs dropped), or null once {@link #TEXT_BUDGET} is spent; the
     * caller checked that the bytes lie inside the file.
     */
    String text(ByteSource src, long pos, int len) {
        int n = len;
        while (n > 0 && src.get(pos + n - 1) == 0) n--;
        if (n > textLeft) {
            textsDropped++;
            return null;
        }
        textLeft -= n;
        return new String(src.bytes(pos, n), StandardCharsets.UTF_8);
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

    /**
     * Grows the index towards the frame count the file's size suggests, at most sixteenfold, so that
     * large captures are not copied over and over as they grow (a 1M-frame file is sized at 4,096
     * and at 65,536 frames) while a wrong early guess costs at most 16 times what is loaded.
     */
    private void presize(int frames, long bytesSoFar) {
        nextEstimate = frames <= Integer.MAX_VALUE / GROWTH ? frames * GROWTH : Integer.MAX_VALUE;
        if (bytesSoFar <= 0) return;
        double estimate = (double) total / bytesSoFar * frames * 1.05;
        index.ensureCapacity((int) Math.min(estimate, (double) frames * GROWTH));
    }

    private static final int GROWTH = 16;

    /** Reports the final position (the whole file unless reading stopped early) and any text left out. */
    void finish(long position) {
        progress.update(position, total);
        if (textsDropped > 0) {
            diagnostics.add(new Diagnostic(Severity.INFO, "capture.text.budget", textsDropped
                    + " comments or interface names were not loaded: the file holds more than "
                    + (TEXT_BUDGET >> 20) + " MiB of them", -1, 0));
        }
    }
}
