package org.resetlens.ui;

import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Edit > Find Packet: a bar that searches by display filter or by string, like Wireshark's. */
public final class FindBar extends HBox {
    /** What the search text means. */
    public enum Mode { DISPLAY_FILTER, STRING }

    private final ChoiceBox<String> mode = new ChoiceBox<>(FXCollections.observableArrayList("Display filter", "String"));
    private final TextField text = new TextField();
    private final Label result = new Label();

    public FindBar(BiConsumer<Mode, String> onFind) {
        setId("find-bar");
        getStyleClass().add("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        mode.getSelectionModel().select(0);
        text.setId("find-text");
        text.setPromptText("Find packet…");
        HBox.setHgrow(text, Priority.ALWAYS);
        Button find = new Button("Find");
        find.setId("find-button");
        Runnable go = () -> onFind.accept(mode.getSelectionModel().getSelectedIndex() == 0 ? Mode.DISPLAY_FILTER
                : Mode.STRING, text.getText());
        find.setOnAction(e -> go.run());
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) go.run();
            if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        Button close = new Button("✕");
        close.getStyleClass().add("info-bar-close");
        close.setOnAction(e -> hide());
        result.getStyleClass().add("find-result");
        getChildren().addAll(new Label("Find by"), mode, text, find, result, close);
        hide();
    }

    public void show() {
        setVisible(true);
        setManaged(true);
        text.requestFocus();
        text.selectAll();
    }

    public void hide() {
        setVisible(false);
        setManaged(false);
    }

    public void setResult(String message) {
        result.setText(message);
    }
}
