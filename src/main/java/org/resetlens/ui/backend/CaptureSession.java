package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.Diagnostic;
import org.resetlens.dissect.Dissection;

/** A loaded capture as the window sees it: frames, rows, details, conversations, resets. */
public interface CaptureSession extends AutoCloseable {
    Path path();

    FrameIndex frames();

    /** False when loading was cancelled part-way. */
    boolean complete();

    /** What went wrong while reading (damage, skipped blocks), in file order. */
    List<Diagnostic> diagnostics();

    /** The Source, Destination, Protocol and Info texts of a frame (0-based). */
    PacketRow row(int frame);

    /** The full dissection of a frame, built on demand. */
    Optional<Dissection> dissect(int frame);

    /** The frame's {@code tcp.stream}, or -1 when it is not TCP. */
    int tcpStream(int frame);

    /** The frame's {@code udp.stream}, or -1 when it is not UDP. */
    int udpStream(int frame);

    /** A predicate over 0-based frames for a compiled filter; safe to call from a background thread. */
    IntPredicate matcher(CompiledFilter filter);

    /**
     * The 0-based frames below {@code frameCount} that pass a compiled filter, ascending; stops
     * early (with a partial result the caller drops) when {@code cancel} is set. For a background
     * thread. This default tests frame by frame; the engine runs the filter's bulk form over its columns.
     */
    default int[] select(CompiledFilter filter, int frameCount, org.resetlens.core.CancelToken cancel) {
        IntPredicate p = matcher(filter);
        int[] out = new int[Math.min(frameCount, 1024)];
        int n = 0;
        for (int f = 0; f < frameCount; f++) {
            if ((f & 4095) == 0 && cancel.isCancelled()) break;
            if (p.test(f)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, Math.max(16, out.length * 2));
                out[n++] = f;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    List<ConversationRow> conversations();

    List<ResetInfo> resets();

    List<ExpertItem> expert();

    /**
     * The payload of a TCP stream as Wireshark's Follow TCP Stream shows it: each direction in
     * sequence order, retransmitted bytes once, "[N bytes missing in capture file]" for acknowledged
     * bytes the capture lacks; one chunk per segment (or part of one) that adds bytes, in the order
     * Wireshark emits them. "Client" is the stream's first sender.
     */
    List<StreamChunk> followTcp(int stream);

    /** The model's analysis behind this session, for views that draw from it (the ladder); empty when none. */
    default Optional<org.resetlens.model.Analysis> analysis() {
        return Optional.empty();
    }

    /** Replaces a frame's comments (pcapng {@code opt_comment}); later dissections show them. */
    void setComments(int frame, List<String> comments);

    /** Writes the given frames (0-based, in order) with their comments as a pcapng file. */
    void saveAs(Path file, int[] frames) throws java.io.IOException;

    @Override
    void close();
}
