package org.resetlens.ui.packets;

import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The packet list: a virtualized TableView over frame numbers, cells computed from the model. The
 * table holds a {@link RowWindow} of the display list, moved as it scrolls, and a list longer than
 * one window gets a scroll bar of its own over the whole list ({@link #node()}). Rows in this
 * class's methods are rows of the whole display list.
 */
public final class PacketTableView extends TableView<Integer> {
    /** Rows kept above and below the viewport before the window moves. */
    private static final int MARGIN = 1_000;
    private final PacketListModel model;
    private final RowWindow window;
    private final ScrollBar bar = new ScrollBar();
    private final HBox node;
    /** The selected row of the whole list (it may lie outside the window), or -1. */
    private int selectedRow = -1;
    private boolean moving;
    private boolean checkPending;
    private boolean updatingBar;

    public PacketTableView(PacketListModel model) {
        this(model, new RowWindow(model.items()));
    }

    private PacketTableView(PacketListModel model, RowWindow window) {
        super(window);
        this.model = model;
        this.window = window;
        bar.setOrientation(Orientation.VERTICAL);
        bar.setId("packet-list-scroll");
        node = new HBox(this, bar);
        HBox.setHgrow(this, Priority.ALWAYS);
        window.addListener((javafx.collections.ListChangeListener<Integer>) c -> Platform.runLater(this::syncBar));
        bar.valueProperty().addListener((obs, o, v) -> {
            if (!updatingBar) showRowAtTop((int) Math.round(v.doubleValue()));
        });
        getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (!moving) selectedRow = n.intValue() < 0 ? -1 : window.base() + n.intValue();
        });
        skinProperty().addListener((obs, o, skin) -> Platform.runLater(this::hookFlow));
        syncBar();
        setId("packet-list");
        getStyleClass().add("packet-list");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setPlaceholder(new Label("Open a capture (Ctrl+O) or drop a file here"));
        setFixedCellSize(22);
        for (Column c : Column.values()) getColumns().add(column(c));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<Integer, ?> info = getColumns().get(Column.INFO.ordinal());
        widthProperty().addListener((obs, o, w) -> {
            double others = getColumns().stream().filter(c -> c != info).mapToDouble(TableColumn::getWidth).sum();
            info.setPrefWidth(Math.max(360, w.doubleValue() - others - 18));
        });
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
            case NO -> 56;
            case TIME -> 100;
            case SOURCE, DESTINATION -> 124;
            case PROTOCOL -> 72;
            case LENGTH -> 60;
            case INFO -> 620;
        });
        if (c.numeric()) col.getStyleClass().add("numeric-column");
        return col;
    }

    /** The table with its whole-list scroll bar: what the window lays out. */
    public javafx.scene.Parent node() {
        return node;
    }

    /** Rows in the whole display list. */
    public int rowCount() {
        return window.total();
    }

    /** The selected row of the whole display list, or -1. */
    public int selectedRow() {
        return selectedRow;
    }

    /** Selects and shows the row of {@code frame}; returns false when the frame is not displayed. */
    public boolean selectFrame(int frame) {
        int row = model.items().rowOf(frame);
        if (row < 0) return false;
        selectRow(row);
        return true;
    }

    /** Moves the selection by {@code delta} rows (Ctrl+Up/Down). */
    public void step(int delta) {
        int n = rowCount();
        if (n == 0) return;
        int row = selectedRow;
        selectRow(row < 0 ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, row + delta)));
    }

    /** Selects row {@code row} of the whole list and scrolls it into view, with a little context above. */
    public void selectRow(int row) {
        if (row < 0 || row >= rowCount()) return;
        int top = Math.max(0, row - 5);
        if (window.local(top) < MARGIN && window.base() > 0 || window.local(row) < 0
                || window.local(row) > window.size() - MARGIN && window.base() + window.size() < rowCount()) {
            moveWindow(top - RowWindow.CAPACITY / 2);
        }
        getSelectionModel().clearAndSelect(window.local(row));
        scrollTo(window.local(top));
        scheduleCheck();
    }

    public void onFrameSelected(IntConsumer consumer) {
        getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
            if (!moving) consumer.accept(n == null ? -1 : n);
        });
    }

    /** Shows row {@code row} of the whole list at the top (the whole-list scroll bar moved). */
    private void showRowAtTop(int row) {
        VirtualFlow<?> flow = flow();
        if (flow == null || rowCount() == 0) return;
        int r = Math.max(0, Math.min(rowCount() - 1, row));
        if (window.local(r) < MARGIN && window.base() > 0 || window.local(r) < 0
                || window.local(r) > window.size() - MARGIN && window.base() + window.size() < rowCount()) {
            moveWindow(r - RowWindow.CAPACITY / 2);
        }
        // TableView.scrollTo, not the flow's: the skin first takes in the window's new rows.
        scrollTo(window.local(r));
    }

    /**
     * Moves the window to start at {@code base} without the selection flickering: the selected
     * row is selected again when the new window holds it, and listeners hear nothing.
     */
    private void moveWindow(int base) {
        moving = true;
        try {
            window.moveTo(base);
            int local = window.local(selectedRow);
            if (local >= 0) getSelectionModel().clearAndSelect(local);
            else getSelectionModel().clearSelection();
        } finally {
            moving = false;
        }
    }

    private VirtualFlow<?> flow() {
        Node n = lookup(".virtual-flow");
        return n instanceof VirtualFlow<?> f ? f : null;
    }

    /** Once the skin exists: follow the viewport, and hide the flow's own vertical bar while windowed. */
    private void hookFlow() {
        VirtualFlow<?> flow = flow();
        if (flow == null) return;
        flow.positionProperty().addListener((obs, o, n) -> scheduleCheck());
        syncBar();
    }

    private void scheduleCheck() {
        if (checkPending) return;
        checkPending = true;
        Platform.runLater(() -> {
            checkPending = false;
            checkWindow();
        });
    }

    /** Keeps {@link #MARGIN} rows of the window above and below the viewport, then updates the bars. */
    private void checkWindow() {
        VirtualFlow<?> flow = flow();
        if (flow == null) return;
        layout(); // the visible cells must reflect the latest scroll, not the previous pulse's

        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null && window.windowed()) {
            boolean nearTop = first.getIndex() < MARGIN && window.base() > 0;
            boolean nearEnd = last.getIndex() > window.size() - MARGIN && window.base() + window.size() < rowCount();
            if (nearTop || nearEnd) {
                int globalFirst = window.base() + first.getIndex();
                double offset = first.getLayoutY();
                moveWindow(globalFirst - RowWindow.CAPACITY / 2);
                scrollTo(globalFirst - window.base());
                if (offset < 0) flow.scrollPixels(-offset);
            }
        }
        syncBar();
    }

    /** The whole-list bar shows where the viewport is; the flow's own bar is hidden while windowed. */
    private void syncBar() {
        boolean windowed = window.windowed();
        bar.setVisible(windowed);
        bar.setManaged(windowed);
        VirtualFlow<?> flow = flow();
        if (flow != null) {
            for (Node n : flow.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s != bar) {
                    s.setPrefWidth(windowed ? 0 : USE_COMPUTED_SIZE);
                    s.setMaxWidth(windowed ? 0 : USE_COMPUTED_SIZE);
                    s.setOpacity(windowed ? 0 : 1);
                }
            }
        }
        if (!windowed || flow == null) return;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        int visible = first == null || last == null ? 20 : Math.max(1, last.getIndex() - first.getIndex());
        updatingBar = true;
        try {
            bar.setMin(0);
            bar.setMax(Math.max(1, rowCount() - visible));
            bar.setVisibleAmount(visible);
            bar.setUnitIncrement(1);
            bar.setBlockIncrement(visible);
            bar.setValue(first == null ? 0 : window.base() + first.getIndex());
        } finally {
            updatingBar = false;
        }
    }

    /**
     * A table row that carries its packet's coloring rule as a CSS pseudo-class ({@code :color-tcp-rst}).
     * A pseudo-class, not a style class: when a reused row changes colour while scrolling, JavaFX
     * only re-matches the states of the row's styles instead of rebuilding the styles of the row
     * and all its cells, the largest cost of a scroll step.
     */
    private final class ColoredRow extends TableRow<Integer> {
        private String applied = "";

        @Override
        protected void updateItem(Integer frame, boolean empty) {
            super.updateItem(frame, empty);
            String cls = empty || frame == null ? "" : model.styleClass(frame);
            if (!cls.equals(applied)) {
                if (!applied.isEmpty()) pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(applied), false);
                if (!cls.isEmpty()) pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(cls), true);
                applied = cls;
            }
        }
    }
}
