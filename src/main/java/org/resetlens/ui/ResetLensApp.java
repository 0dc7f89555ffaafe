package org.resetlens.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window of ResetLens. */
public final class ResetLensApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(ResetLensApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ResetLens");
        stage.setScene(new Scene(new Label("ResetLens"), 1200, 800));
        stage.show();
    }
}
