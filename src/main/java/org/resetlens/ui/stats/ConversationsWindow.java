package org.resetlens.ui.stats;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.resetlens.core.Timestamps;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.ConversationRow;
import org.resetlens.ui.backend.ConversationRow.Transport;

/** Statistics › Conversations: TCP and UDP tabs; double-click applies the conversation's filter. */
public final class ConversationsWindow {
    private final Stage stage = new Stage();
    private final ConversationsModel model;
    private final Supplier<int[]> displayed;
    private final Consumer<String> applyFilter;
    private final TableView<ConversationRow> tcp = table(Transport.TCP);
    private final TableView<ConversationRow> udp = table(Transport.UDP);
    private final CheckBox limit = new CheckBox("Limit to display filter");

    public ConversationsWindow(Stage owner, CaptureSession session, Supplier<int[]> displayedFrames,
                               Consumer<String> applyFilter) {
        this.model = new ConversationsModel(session);
        this.displayed = displayedFrames;
        this.applyFilter = applyFilter;
        stage.initOwner(owner);
        stage.setTitle("Conversations — " + session.path().getFileName());
        limit.setId("conv-limit");
        limit.setOnAction(e -> fill());
        TabPane tabs = new TabPane(new Tab("TCP", tcp), new Tab("UDP", udp));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        HBox bottom = new HBox(10, limit);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        BorderPane root = new BorderPane(tabs);
        root.setBottom(bottom);
        root.getStyleClass().add("stats-window");
        Scene scene = new Scene(root, 1200, 480);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        fill();
    }

    public void show() {
        stage.show();
    }

    private void fill() {
        int[] d = limit.isSelected() ? displayed.get() : null;
        tcp.setItems(FXCollections.observableArrayList(model.rows(Transport.TCP, d)));
        udp.setItems(FXCollections.observableArrayList(model.rows(Transport.UDP, d)));
    }

    private TableView<ConversationRow> table(Transport transport) {
        TableView<ConversationRow> t = new TableView<>();
        t.setId(transport == Transport.TCP ? "conv-tcp" : "conv-udp");
        t.getStyleClass().add("conversations-table");
        t.getColumns().add(col("Stream", 60, ConversationRow::stream));
        t.getColumns().add(col("Address A", 130, ConversationRow::addressA));
        t.getColumns().add(col("Port A", 60, ConversationRow::portA));
        t.getColumns().add(col("Address B", 130, ConversationRow::addressB));
        t.getColumns().add(col("Port B", 60, ConversationRow::portB));
        t.getColumns().add(col("Packets", 70, ConversationRow::packets));
        t.getColumns().add(col("Bytes", 80, ConversationRow::bytes));
        t.getColumns().add(col("Packets A → B", 90, ConversationRow::packetsAtoB));
        t.getColumns().add(col("Bytes A → B", 90, ConversationRow::bytesAtoB));
        t.getColumns().add(col("Packets B → A", 90, ConversationRow::packetsBtoA));
        t.getColumns().add(col("Bytes B → A", 90, ConversationRow::bytesBtoA));
        t.getColumns().add(col("Rel Start", 90, c -> seconds(c.startNanos())));
        t.getColumns().add(col("Duration", 90, c -> seconds(c.durationNanos())));
        if (transport == Transport.TCP) {
            t.getColumns().add(col("Close", 120, ConversationRow::closeType));
            t.getColumns().add(col("Resets", 60, ConversationRow::resets));
            t.getColumns().add(col("Zeek state", 80, ConversationRow::zeekState));
            t.getColumns().add(col("Unanswered", 80, ConversationRow::unanswered));
        }
        t.setRowFactory(tv -> {
            TableRow<ConversationRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ConversationRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("conv-has-resets");
                    if (!empty && item != null && item.resets() > 0) getStyleClass().add("conv-has-resets");
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) applyFilter.accept(row.getItem().filter());
            });
            return row;
        });
        MenuItem apply = new MenuItem("Apply as Filter");
        apply.setId("conv-apply");
        apply.setOnAction(e -> {
            ConversationRow c = t.getSelectionModel().getSelectedItem();
            if (c != null) applyFilter.accept(c.filter());
        });
        t.setContextMenu(new ContextMenu(apply));
        t.setOnKeyPressed(e -> {
            ConversationRow c = t.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && c != null) applyFilter.accept(c.filter());
        });
        return t;
    }

    private static String seconds(long nanos) {
        String s = Timestamps.seconds9(nanos);
        return s.substring(0, s.length() - 5);
    }

    private static <T extends Comparable<T>> TableColumn<ConversationRow, T> col(String title, double width,
                                                                              Function<ConversationRow, T> value) {
        TableColumn<ConversationRow, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    public Stage stage() {
        return stage;
    }
}
