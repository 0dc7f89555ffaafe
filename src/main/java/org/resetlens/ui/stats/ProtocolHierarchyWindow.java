package org.resetlens.ui.stats;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.resetlens.ui.backend.CaptureSession;

/** Statistics › Protocol Hierarchy: dissects every frame in the background behind a progress bar. */
public final class ProtocolHierarchyWindow {
    private final Stage stage = new Stage();

    public ProtocolHierarchyWindow(Stage owner, CaptureSession session) {
        stage.initOwner(owner);
        stage.setTitle("Protocol Hierarchy — " + session.path().getFileName());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("phs-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane();
        root.setTop(bar);
        BorderPane.setMargin(bar, new Insets(8));
        root.getStyleClass().add("stats-window");
        Scene scene = new Scene(root, 640, 420);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        int total = Math.max(1, session.frames().size());
        Thread worker = new Thread(() -> {
            var nodes = ProtocolHierarchyModel.compute(session,
                    done -> Platform.runLater(() -> bar.setProgress(done / (double) total)));
            Platform.runLater(() -> {
                root.setTop(null);
                root.setCenter(StatTableWindow.view("stats-phs", ProtocolHierarchyModel.table(nodes)));
            });
        }, "protocol-hierarchy");
        worker.setDaemon(true);
        worker.start();
    }

    public void show() {
        stage.show();
    }
}
