package org.resetlens.ui.details;

import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The bytes pane: offset, hex and ASCII, one virtualized line per 16 bytes. The selected field's
 * bytes are highlighted; clicking a byte reports its offset.
 */
public final class BytesView extends ListView<Integer> {
    private byte[] data = new byte[0];
    private int hlStart = -1;
    private int hlEnd = -1;
    private IntConsumer onByteClicked = b -> { };

    public BytesView() {
        setId("bytes-pane");
        getStyleClass().add("bytes-pane");
        setFixedCellSize(20);
        setPlaceholder(new Label(""));
        setCellFactory(lv -> new LineCell());
    }

    public void setData(byte[] bytes) {
        data = bytes == null ? new byte[0] : bytes;
        hlStart = hlEnd = -1;
        ObservableList<Integer> lines = FXCollections.observableArrayList();
        for (int i = 0; i < HexDump.lines(data.length); i++) lines.add(i);
        setItems(lines);
    }

    /** Highlights {@code [offset, offset+length)}; a negative offset clears the highlight. */
    public void highlight(int offset, int length) {
        if (offset < 0 || length <= 0) {
            hlStart = hlEnd = -1;
        } else {
            hlStart = offset;
            hlEnd = offset + length;
            scrollTo(Math.max(0, offset / HexDump.PER_LINE - 1));
        }
        refresh();
    }

    public int highlightStart() {
        return hlStart;
    }

    public int highlightEnd() {
        return hlEnd;
    }

    public void setOnByteClicked(IntConsumer consumer) {
        onByteClicked = consumer;
    }

    private final class LineCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            HBox box = new HBox();
            box.getStyleClass().add("bytes-line");
            Label off = new Label(HexDump.offset(line));
            off.getStyleClass().add("bytes-offset");
            box.getChildren().add(off);
            HBox hex = new HBox();
            hex.getStyleClass().add("bytes-hex");
            HBox ascii = new HBox();
            ascii.getStyleClass().add("bytes-ascii");
            for (int i = 0; i < HexDump.PER_LINE; i++) {
                int p = line * HexDump.PER_LINE + i;
                if (i == 8) {
                    Region gap = new Region();
                    gap.getStyleClass().add("bytes-gap");
                    hex.getChildren().add(gap);
                }
                boolean present = p < data.length;
                Label h = new Label(present ? HexDump.hex(data[p]) : "  ");
                h.getStyleClass().add("byte");
                Label a = new Label(present ? String.valueOf(HexDump.ascii(data[p])) : " ");
                a.getStyleClass().add("byte-char");
                if (present) {
                    h.setId("byte-" + p);
                    if (p >= hlStart && p < hlEnd) {
                        h.getStyleClass().add("byte-selected");
                        a.getStyleClass().add("byte-selected");
                    }
                    h.setOnMouseClicked(e -> onByteClicked.accept(p));
                    a.setOnMouseClicked(e -> onByteClicked.accept(p));
                }
                hex.getChildren().add(h);
                ascii.getChildren().add(a);
            }
            box.getChildren().addAll(hex, ascii);
            setGraphic(box);
        }
    }
}
