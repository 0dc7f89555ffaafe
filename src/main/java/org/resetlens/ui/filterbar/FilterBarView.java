package org.resetlens.ui.filterbar;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * Wireshark's display filter toolbar: the text field coloured by validity, the problem below it,
 * a history drop-down, Apply and Clear, and the saved filter buttons.
 */
public final class FilterBarView extends VBox {
    private final FilterBarModel model;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final MenuButton history = new MenuButton();
    private final HBox savedButtons = new HBox(4);
    private Consumer<String> onApply = t -> { };

    public FilterBarView(FilterBarModel model) {
        this.model = model;
        getStyleClass().add("filter-bar");
        field.setId("filter-field");
        field.getStyleClass().addAll("filter-field", FilterState.EMPTY.styleClass());
        field.setPromptText("Apply a display filter … <Ctrl-/>");
        field.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        model.stateProperty().addListener((obs, old, now) -> {
            field.getStyleClass().remove(old.styleClass());
            field.getStyleClass().add(now.styleClass());
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) apply();
            if (e.getCode() == KeyCode.ESCAPE) field.getParent().requestFocus();
        });
        TextFields.bindAutoCompletion(field, req -> model.completions(req.getUserText(), 12));

        history.setId("filter-history");
        history.getStyleClass().add("filter-history");
        history.setTooltip(new Tooltip("Recent filters"));
        history.setOnShowing(e -> fillHistory());

        Button applyButton = new Button("Apply");
        applyButton.setId("filter-apply");
        applyButton.setDefaultButton(false);
        applyButton.setOnAction(e -> apply());
        applyButton.setTooltip(new Tooltip("Apply this filter (Enter)"));
        Button clear = new Button("✕");
        clear.setId("filter-clear");
        clear.getStyleClass().add("filter-clear");
        clear.setTooltip(new Tooltip("Clear the display filter"));
        clear.setOnAction(e -> {
            model.textProperty().set("");
            apply();
        });

        HBox row = new HBox(4, field, history, clear, applyButton);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("filter-row");

        message.setId("filter-message");
        message.getStyleClass().add("filter-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        savedButtons.getStyleClass().add("saved-filters");
        savedButtons.setAlignment(Pos.CENTER_LEFT);
        Label savedLabel = new Label("Saved:");
        savedLabel.getStyleClass().add("saved-filters-label");
        savedButtons.getChildren().add(savedLabel);
        for (FilterBarModel.SavedFilter s : model.saved()) {
            Button b = new Button(s.label());
            b.getStyleClass().add("saved-filter-button");
            b.setId("saved-" + s.label().toLowerCase().replace(' ', '-'));
            b.setTooltip(new Tooltip(s.filter()));
            b.setOnAction(e -> {
                model.textProperty().set(s.filter());
                apply();
            });
            savedButtons.getChildren().add(b);
        }
        HBox bottom = new HBox(12, message, savedButtons);
        bottom.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(row, bottom);
    }

    private void fillHistory() {
        history.getItems().clear();
        if (model.history().isEmpty()) {
            MenuItem none = new MenuItem("(no recent filters)");
            none.setDisable(true);
            history.getItems().add(none);
        }
        for (String h : model.history()) {
            MenuItem mi = new MenuItem(h);
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> {
                model.textProperty().set(h);
                apply();
            });
            history.getItems().add(mi);
        }
    }

    /** Applies the current text when it is valid (or empty). */
    public void apply() {
        if (model.toApply() == null) return;
        onApply.accept(model.textProperty().get() == null ? "" : model.textProperty().get().trim());
    }

    public void setOnApply(Consumer<String> consumer) {
        onApply = consumer;
    }

    public TextField field() {
        return field;
    }

    public void focusField() {
        field.requestFocus();
        field.selectAll();
    }
}
