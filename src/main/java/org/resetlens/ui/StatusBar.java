package org.resetlens.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: file, packets and displayed counts, load time, and a progress bar with Cancel. */
public final class StatusBar extends HBox {
    final Label file = label("status-file");
    final Label message = label("status-message");
    final Label packets = label("status-packets");
    final Label loadTime = label("status-load-time");
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button("Cancel");

    public StatusBar() {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        progress.setId("status-progress");
        progress.setPrefWidth(160);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small-button");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(file, sep(), message, spacer, progress, cancel, sep(), packets, sep(), loadTime);
        setBusy(false);
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Separator sep() {
        return new Separator(Orientation.VERTICAL);
    }

    /** Shows or hides the progress bar and Cancel button. */
    public void setBusy(boolean busy) {
        progress.setVisible(busy);
        progress.setManaged(busy);
        cancel.setVisible(busy);
        cancel.setManaged(busy);
    }

    public void setCounts(int total, int displayed, boolean loading) {
        String d = total == 0 ? "0" : displayed + " (" + String.format("%.1f", 100.0 * displayed / total) + "%)";
        packets.setText("Packets: " + total + (loading ? "…" : "") + " · Displayed: " + d);
    }

    public void setLoadTime(long nanos) {
        long ms = nanos / 1_000_000;
        loadTime.setText(nanos < 0 ? "" : String.format("Load time: %d:%02d.%03d", ms / 60000, (ms / 1000) % 60, ms % 1000));
    }
}
