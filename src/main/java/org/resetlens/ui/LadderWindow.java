package org.resetlens.ui;

import java.util.function.IntConsumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.resetlens.diagram.Palette;
import org.resetlens.model.Analysis;
import org.resetlens.ui.ladder.LadderView;

/**
 * The ladder diagram of one TCP stream in its own window, its selection shared with the packet list
 * both ways (the ladder speaks 1-based frame numbers, the window 0-based frames).
 */
final class LadderWindow {
    private final Stage stage = new Stage();
    private final LadderView view = new LadderView();
    private Analysis analysis;
    private int stream = -1;
    private boolean following;

    LadderWindow(Stage owner, IntConsumer selectFrame) {
        stage.initOwner(owner);
        view.model().setOnFrameSelected(f -> {
            if (!following) selectFrame.accept(f - 1);
        });
        stage.setScene(new Scene(view, 1100, 820));
    }

    /** Shows {@code stream}, centred on {@code frame} (0-based); a reset's trace-back is drawn when it is one. */
    void show(Analysis a, int tcpStream, int frame, boolean isReset, boolean dark) {
        view.setPalette(dark ? Palette.dark() : Palette.light());
        if (a != analysis || tcpStream != stream) {
            view.model().openStream(a, tcpStream, isReset ? frame + 1 : 0);
            analysis = a;
            stream = tcpStream;
        } else if (isReset) {
            view.model().highlightReset(frame + 1);
        }
        stage.setTitle("Ladder — tcp.stream eq " + tcpStream + " — " + a.capture().path().getFileName());
        follow(frame);
        stage.show();
        stage.toFront();
    }

    /** Follows the packet list's selection while the window is open. */
    void follow(int frame) {
        if (analysis == null || frame < 0) return;
        following = true;
        try {
            view.selectFrame(frame + 1);
        } finally {
            following = false;
        }
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    /** Closes the window and forgets its capture (another capture was opened). */
    void close() {
        stage.hide();
        analysis = null;
        stream = -1;
    }

    int stream() {
        return stream;
    }
}
