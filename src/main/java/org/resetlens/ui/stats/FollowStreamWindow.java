package org.resetlens.ui.stats;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.resetlens.ui.backend.CaptureSession;
import org.resetlens.ui.backend.StreamChunk;

/** Analyze › Follow TCP Stream: the stream's payload as text, client and server in their colours. */
public final class FollowStreamWindow {
    private final Stage stage = new Stage();
    private final List<StreamChunk> chunks;
    private final ListView<StreamChunk> view = new ListView<>();
    private final ChoiceBox<String> direction = new ChoiceBox<>(
            FXCollections.observableArrayList("Entire conversation", "Client → server only", "Server → client only"));

    public FollowStreamWindow(Stage owner, CaptureSession session, int stream) {
        chunks = session.followTcp(stream);
        stage.initOwner(owner);
        stage.setTitle("Follow TCP Stream (tcp.stream eq " + stream + ") — " + session.path().getFileName());
        view.setId("follow-text");
        view.getStyleClass().add("follow-text");
        view.setCellFactory(lv -> new ChunkCell());
        direction.getSelectionModel().select(0);
        direction.setOnAction(e -> fill());
        long client = chunks.stream().filter(StreamChunk::fromClient).mapToLong(c -> c.data().length).sum();
        long server = chunks.stream().filter(c -> !c.fromClient()).mapToLong(c -> c.data().length).sum();
        Label stats = new Label("Client: " + client + " bytes · Server: " + server + " bytes · " + chunks.size()
                + " segments with data");
        HBox bottom = new HBox(12, direction, stats);
        bottom.setPadding(new Insets(6, 8, 6, 8));
        BorderPane root = new BorderPane(view);
        root.setBottom(bottom);
        if (chunks.isEmpty()) view.setPlaceholder(new Label("No payload in this stream."));
        Scene scene = new Scene(root, 900, 620);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        fill();
    }

    private void fill() {
        int d = direction.getSelectionModel().getSelectedIndex();
        view.setItems(FXCollections.observableArrayList(chunks.stream()
                .filter(c -> d == 0 || (d == 1) == c.fromClient()).toList()));
    }

    /** The payload as Wireshark's ASCII view shows it: printable text kept, other bytes as dots. */
    static String text(byte[] data) {
        String s = new String(data, StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) sb.append(c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f) ? c : c == '\r' ? "" : ".");
        return sb.toString();
    }

    public void show() {
        stage.show();
    }

    private static final class ChunkCell extends ListCell<StreamChunk> {
        @Override
        protected void updateItem(StreamChunk c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll("follow-client", "follow-server");
            if (empty || c == null) {
                setText(null);
                return;
            }
            setText(text(c.data()));
            setWrapText(true);
            getStyleClass().add(c.fromClient() ? "follow-client" : "follow-server");
        }
    }
}
