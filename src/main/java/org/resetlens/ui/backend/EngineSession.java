package org.resetlens.ui.backend;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.resetlens.capture.Capture;
import org.resetlens.capture.FrameIndex;
import org.resetlens.core.Diagnostic;
import org.resetlens.dissect.Dissection;
import org.resetlens.model.Analysis;

/** A capture loaded by {@link EngineBackend}, answered by the engine adapters. */
final class EngineSession implements CaptureSession {
    private final Capture capture;
    private final ModelAdapter model;
    private final Analysis analysis;
    private final DissectAdapter dissect;
    private final List<ResetInfo> resets;

    EngineSession(Capture capture, Analysis analysis, DissectAdapter dissect, List<ResetInfo> resets) {
        this.capture = capture;
        this.model = new ModelAdapter(analysis);
        this.analysis = analysis;
        this.dissect = dissect;
        this.resets = List.copyOf(resets);
    }

    @Override
    public Path path() {
        return capture.path();
    }

    @Override
    public FrameIndex frames() {
        return capture.frames();
    }

    @Override
    public boolean complete() {
        return capture.complete();
    }

    @Override
    public List<Diagnostic> diagnostics() {
        return capture.diagnostics();
    }

    @Override
    public PacketRow row(int frame) {
        return dissect.row(frame);
    }

    @Override
    public Optional<Dissection> dissect(int frame) {
        return Optional.of(dissect.dissect(frame));
    }

    @Override
    public int tcpStream(int frame) {
        return model.tcpStream(frame);
    }

    @Override
    public int udpStream(int frame) {
        return model.udpStream(frame);
    }

    @Override
    public IntPredicate matcher(CompiledFilter filter) {
        return dissect.matcher((FilterAdapter.Compiled) filter);
    }

    @Override
    public int[] select(CompiledFilter filter, int frameCount, org.resetlens.core.CancelToken cancel) {
        return dissect.select((FilterAdapter.Compiled) filter, frameCount, cancel);
    }

    @Override
    public List<ConversationRow> conversations() {
        return model.conversations();
    }

    @Override
    public List<ResetInfo> resets() {
        return resets;
    }

    @Override
    public List<ExpertItem> expert() {
        return model.expert();
    }

    @Override
    public List<StreamChunk> followTcp(int stream) {
        return model.followTcp(stream, capture.frames());
    }

    @Override
    public Optional<Analysis> analysis() {
        return Optional.of(analysis);
    }

    @Override
    public void setComments(int frame, List<String> comments) {
        capture.frames().setComments(frame, comments);
        dissect.invalidate();
    }

    @Override
    public void saveAs(Path file, int[] frames) throws java.io.IOException {
        org.resetlens.capture.PcapngWriter.write(capture.frames(), frames, capture.sectionComments(), file);
    }

    @Override
    public void close() {
        capture.close();
    }
}
