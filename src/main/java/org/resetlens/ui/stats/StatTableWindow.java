package org.resetlens.ui.stats;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import java.util.List;

/** A small Statistics window showing one {@link StatTable}. */
public final class StatTableWindow {
    private final Stage stage = new Stage();

    public StatTableWindow(Stage owner, String id, StatTable table) {
        stage.initOwner(owner);
        stage.setTitle(table.title());
        TableView<List<String>> view = new TableView<>();
        view.setId(id);
        for (int i = 0; i < table.headers().size(); i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(table.headers().get(i));
            c.setPrefWidth(i == 1 ? 160 : 100);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(col)));
            view.getColumns().add(c);
        }
        view.setItems(FXCollections.observableArrayList(table.rows()));
        view.setPlaceholder(new Label("No data in this capture"));
        BorderPane root = new BorderPane(view);
        root.getStyleClass().add("stats-window");
        Scene scene = new Scene(root, 760, 360);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }
}
