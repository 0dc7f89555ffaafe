package org.resetlens.ui.packets;

import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The packet list: a virtualized TableView over frame numbers, cells computed from the model. */
public final class PacketTableView extends TableView<Integer> {
    private final PacketListModel model;

    public PacketTableView(PacketListModel model) {
        super(model.items());
        this.model = model;
        setId("packet-list");
        getStyleClass().add("packet-list");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setPlaceholder(new Label("Open a capture (Ctrl+O) or drop a file here"));
        setFixedCellSize(22);
        for (Column c : Column.values()) getColumns().add(column(c));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setRowFactory(tv -> new ColoredRow());
        setSortPolicy(tv -> {
            TableColumn<Integer, ?> sortBy = getSortOrder().isEmpty() ? null : getSortOrder().get(0);
            Integer selected = getSelectionModel().getSelectedItem();
            Column col = sortBy == null ? null : (Column) sortBy.getUserData();
            model.sort(col, sortBy == null || sortBy.getSortType() == TableColumn.SortType.ASCENDING);
            if (selected != null) selectFrame(selected);
            return true;
        });
        model.timeFormatProperty().addListener((obs, o, n) -> refresh());
    }

    private TableColumn<Integer, String> column(Column c) {
        TableColumn<Integer, String> col = new TableColumn<>(c.title());
        col.setUserData(c);
        col.setId("col-" + c.name().toLowerCase());
        col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(model.text(cd.getValue(), c)));
        col.setPrefWidth(switch (c) {
            case NO -> 64;
            case TIME -> 110;
            case SOURCE, DESTINATION -> 150;
            case PROTOCOL -> 80;
            case LENGTH -> 64;
            case INFO -> 620;
        });
        if (c.numeric()) col.getStyleClass().add("numeric-column");
        return col;
    }

    /** Selects and shows the row of {@code frame}; returns false when the frame is not displayed. */
    public boolean selectFrame(int frame) {
        int row = model.items().rowOf(frame);
        if (row < 0) return false;
        getSelectionModel().clearAndSelect(row);
        scrollToVisible(row);
        return true;
    }

    private void scrollToVisible(int row) {
        // keep a little context above the selected row
        scrollTo(Math.max(0, row - 5));
    }

    /** Moves the selection by {@code delta} rows (Ctrl+Up/Down). */
    public void step(int delta) {
        int n = getItems().size();
        if (n == 0) return;
        int row = getSelectionModel().getSelectedIndex();
        int next = row < 0 ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, row + delta));
        getSelectionModel().clearAndSelect(next);
        scrollTo(Math.max(0, next - 5));
    }

    public void selectRow(int row) {
        if (row < 0 || row >= getItems().size()) return;
        getSelectionModel().clearAndSelect(row);
        scrollTo(Math.max(0, row - 5));
    }

    public void onFrameSelected(IntConsumer consumer) {
        getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> consumer.accept(n == null ? -1 : n));
    }

    /** A table row that carries its packet's coloring-rule style class. */
    private final class ColoredRow extends TableRow<Integer> {
        private String applied = "";

        @Override
        protected void updateItem(Integer frame, boolean empty) {
            super.updateItem(frame, empty);
            String cls = empty || frame == null ? "" : model.styleClass(frame);
            if (!cls.equals(applied)) {
                if (!applied.isEmpty()) getStyleClass().remove(applied);
                if (!cls.isEmpty()) getStyleClass().add(cls);
                applied = cls;
            }
        }
    }
}
