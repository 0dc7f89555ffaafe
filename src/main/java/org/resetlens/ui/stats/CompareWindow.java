package org.resetlens.ui.stats;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Statistics › Compare with…: two captures' figures side by side, the most different rows highlighted first. */
public final class CompareWindow {
    /** Style class of rows whose sides differ most. */
    public static final String HIGHLIGHT = "compare-diff";

    private final Stage stage = new Stage();
    private final TableView<CompareModel.Row> table = new TableView<>();

    public CompareWindow(Stage owner, CompareModel model) {
        stage.initOwner(owner);
        stage.setTitle("Compare — " + model.nameA() + " vs " + model.nameB());
        table.setId("compare-table");
        table.getStyleClass().add("compare-table");
        table.getColumns().add(col("Metric", 300, CompareModel.Row::metric));
        table.getColumns().add(col("A: " + model.nameA(), 200, CompareModel.Row::a));
        table.getColumns().add(col("B: " + model.nameB(), 200, CompareModel.Row::b));
        table.getColumns().add(col("B / A", 90, CompareModel.Row::ratio));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompareModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(HIGHLIGHT);
                if (!empty && item != null && item.highlighted()) getStyleClass().add(HIGHLIGHT);
            }
        });
        table.setItems(FXCollections.observableArrayList(model.rows()));
        Label summary = new Label(model.highlightedCount() + " figures differ by a factor of 1.5 or more (highlighted, listed first)");
        summary.setId("compare-summary");
        VBox top = new VBox(2, new Label("A: " + model.nameA() + "    B: " + model.nameB()), summary);
        top.setPadding(new Insets(6, 8, 6, 8));
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.getStyleClass().add("stats-window");
        Scene scene = new Scene(root, 860, 640);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
    }

    private static TableColumn<CompareModel.Row, String> col(String title, double width,
                                                            Function<CompareModel.Row, String> f) {
        TableColumn<CompareModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}
