package org.resetlens.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A coloured banner above the packet list saying what went wrong while loading; closable. */
public final class InfoBar extends HBox {
    /** How serious the message is; selects the colour. */
    public enum Kind { INFO, WARNING, ERROR }

    private final Label text = new Label();

    public InfoBar() {
        setId("info-bar");
        getStyleClass().add("info-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        text.setId("info-bar-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().add("info-bar-close");
        close.setOnAction(e -> hide());
        getChildren().addAll(text, close);
        hide();
    }

    public void show(Kind kind, String message) {
        getStyleClass().removeAll("info-bar-info", "info-bar-warning", "info-bar-error");
        getStyleClass().add("info-bar-" + kind.name().toLowerCase());
        text.setText(message);
        setVisible(true);
        setManaged(true);
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public String message() {
        return isVisible() ? text.getText() : "";
    }
}
