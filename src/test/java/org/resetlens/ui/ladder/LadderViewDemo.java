package org.resetlens.ui.ladder;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.diagram.Palette;

/** Shows the ladder view on the SMB2 fixture, to look at (and screenshot under xvfb). Args: [dark] [frame]. */
public final class LadderViewDemo extends Application {
    @Override
    public void start(Stage stage) {
        LadderView view = new LadderView();
        var args = getParameters().getRaw();
        if (args.contains("dark")) view.setPalette(Palette.dark());
        view.model().open(LadderFixtures.smbStream0());
        stage.setScene(new Scene(view, 1500, 950));
        stage.setTitle("Ladder");
        stage.show();
        view.requestFocus();
        view.selectFrame(args.stream().filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(8));
    }

    /** Starts the demo from the class path (a non-Application main, as the shaded jar does). */
    public static final class Main {
        private Main() { }

        public static void main(String[] args) {
            Application.launch(LadderViewDemo.class, args);
        }
    }
}
