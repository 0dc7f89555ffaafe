package org.resetlens.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.resetlens.ui.backend.EngineBackend;

/**
 * The JavaFX application: the main window of ResetLens, opened on the capture named on the command
 * line, else on the bundled sample when it is present.
 */
public final class ResetLensApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ResetLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, new EngineBackend(),
                Preferences.userNodeForPackage(ResetLensApp.class));
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) window.open(Path.of(args.get(0)));
        else SampleCapture.find().ifPresent(window::open);
    }
}
