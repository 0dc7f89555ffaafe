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
        this(owner, table.title(), id, List.of(table));
    }

    /** A window with one tab per table (ids {@code id-0}, {@code id-1}...). */
    public StatTableWindow(Stage owner, String title, String id, List<StatTable> tables) {
        stage.initOwner(owner);
        stage.setTitle(title);
        javafx.scene.Node content;
        if (tables.size() == 1) {
            content = view(id, tables.get(0));
        } else {
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            for (int i = 0; i < tables.size(); i++) {
                tabs.getTabs().add(new javafx.scene.control.Tab(tables.get(i).title(), view(id + "-" + i, tables.get(i))));
            }
            content = tabs;
        }
        BorderPane root = new BorderPane(content);
        root.getStyleClass().add("stats-window");
        Scene scene = new Scene(root, 860, 380);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    static TableView<List<String>> view(String id, StatTable table) {
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
        return view;
    }

    public void show() {
        stage.show();
    }
}
