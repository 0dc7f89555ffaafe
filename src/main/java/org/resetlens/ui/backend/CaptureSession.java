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

    List<ConversationRow> conversations();

    List<ResetInfo> resets();

    List<ExpertItem> expert();

    /** The reassembled payload of a TCP stream, in capture order, one chunk per segment with data. */
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
