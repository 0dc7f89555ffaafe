package org.resetlens.ui.ladder;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;
import org.resetlens.diagram.Annotations;
import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.LadderLayout;
import org.resetlens.diagram.LadderOptions;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.Hooks;

/**
 * The main window's ladder and annotation actions: "Show in ladder" opens a window with the stream's
 * ladder (built in the background, the reset at the frame traced back), "Annotate" asks for a note and
 * stores it as the frame's pcapng comment in the session's own index (so Save As pcapng keeps it).
 */
public final class LadderHooks implements Hooks {
    private final Function<CaptureSession, Analysis> analysisOf;
    private final Map<CaptureSession, Analysis> loaded = new WeakHashMap<>();

    /** Reloads the session's file to get the model's analysis (once per session). */
    public LadderHooks() {
        this(null);
    }

    /** Uses the session's own analysis when the backend can give it (no second load). */
    public LadderHooks(Function<CaptureSession, Analysis> analysisOf) {
        this.analysisOf = analysisOf;
    }

    private synchronized Analysis analysis(CaptureSession s) {
        if (analysisOf != null) return analysisOf.apply(s);
        return loaded.computeIfAbsent(s, k -> CaptureLoader.load(k.path()));
    }

    @Override
    public boolean hasLadder() {
        return true;
    }

    @Override
    public void showInLadder(CaptureSession session, int stream, int frame) {
        if (stream < 0) {
            new Alert(Alert.AlertType.INFORMATION, "The selected packet is not part of a TCP stream.").show();
            return;
        }
        Task<LadderViewModel.Prepared> task = new Task<>() {
            @Override
            protected LadderViewModel.Prepared call() {
                return prepare(session, stream, frame);
            }
        };
        task.setOnSucceeded(e -> {
            LadderView view = new LadderView();
            view.model().show(task.getValue());
            if (frame >= 0) view.selectFrame(frame + 1);
            Stage stage = new Stage();
            stage.setTitle("Ladder — " + task.getValue().input().title());
            stage.setScene(new Scene(view, 1200, 800));
            stage.show();
            view.requestFocus();
        });
        task.setOnFailed(e -> new Alert(Alert.AlertType.ERROR, "Could not draw the ladder: "
                + task.getException()).show());
        Thread t = new Thread(task, "ladder-layout");
        t.setDaemon(true);
        t.start();
    }

    /** The stream's ladder with the reset at {@code frame} (0-based, -1: the first) and the window's notes. */
    LadderViewModel.Prepared prepare(CaptureSession session, int stream, int frame) {
        LadderViewModel.Prepared p = LadderViewModel.prepareStream(analysis(session), stream,
                frame < 0 ? 0 : frame + 1, LadderOptions.defaults());
        // notes live in the window's index, which may hold notes newer than the file
        Annotations notes = new Annotations(session.frames());
        LadderInput in = p.input().withAnnotations(notes.all().stream()
                .filter(n -> p.input().indexOfFrame(n.frame()) >= 0).toList());
        return new LadderViewModel.Prepared(in, p.options(), LadderLayout.layout(in, p.options()), notes, p.resets());
    }

    @Override
    public boolean canAnnotate() {
        return true;
    }

    @Override
    public boolean annotate(CaptureSession session, int frame) {
        Annotations notes = new Annotations(session.frames());
        TextInputDialog d = new TextInputDialog(notes.get(frame + 1));
        d.setTitle("Note on packet " + (frame + 1));
        d.setHeaderText("Saved as the packet's comment (Save As pcapng keeps it)");
        return d.showAndWait().map(text -> {
            notes.set(frame + 1, text);
            return true;
        }).orElse(false);
    }
}
