package org.resetlens.ui.packets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;
import org.resetlens.ui.backend.PacketRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The packet table over a list longer than one {@link RowWindow}: it holds one window of rows, yet
 * selecting, stepping and scrolling address the whole list, the whole-list scroll bar jumps anywhere,
 * the selection survives the window moving, and filtering to a short list shows it whole.
 */
@ExtendWith(ApplicationExtension.class)
class PacketTableWindowFxTest {
    private static final int FRAMES = 50_000;
    private PacketListModel model;
    private PacketTableView table;
    private final List<Integer> selections = new ArrayList<>();

    @Start
    void start(Stage stage) {
        FrameIndex idx = new FrameIndex(new HeapByteSource(new byte[4096]));
        for (int i = 0; i < FRAMES; i++) idx.add(0, 60, 60, 1_000_000_000_000L + i * 1_000_000L, 0);
        model = new PacketListModel(ZoneOffset.UTC);
        model.showIndex(idx, f -> new PacketRow("src", "dst", "TCP", "frame " + f));
        table = new PacketTableView(model);
        table.onFrameSelected(selections::add);
        stage.setScene(new Scene(table.node(), 800, 500));
        stage.show();
    }

    private int firstVisibleFrame(FxRobot robot) {
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        IndexedCell<?> first = flow.getFirstVisibleCell();
        return table.getItems().get(first.getIndex());
    }

    @Test
    void holdsOneWindowButAddressesTheWholeList(FxRobot robot) {
        assertEquals(RowWindow.CAPACITY, table.getItems().size());
        assertEquals(FRAMES, table.rowCount());
        robot.interact(() -> table.selectFrame(45_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(45_000, table.getSelectionModel().getSelectedItem());
        assertEquals(45_000, table.selectedRow());
        assertEquals(List.of(45_000), selections, "one selection event, none from moving the window");
        int top = firstVisibleFrame(robot);
        assertTrue(top <= 45_000 && top >= 44_990, "the selected row is in view: " + top);

        robot.interact(() -> table.step(1));
        assertEquals(45_001, table.getSelectionModel().getSelectedItem());
        robot.interact(() -> table.selectRow(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getSelectionModel().getSelectedItem());
        assertEquals(0, firstVisibleFrame(robot));
    }

    @Test
    void wholeListScrollBarJumpsAndTheSelectionFollowsTheWindow(FxRobot robot) {
        robot.interact(() -> table.selectFrame(100));
        ScrollBar bar = robot.lookup("#packet-list-scroll").queryAs(ScrollBar.class);
        assertTrue(bar.isVisible());
        assertTrue(bar.getMax() >= FRAMES - 100, "the bar spans the whole list: " + bar.getMax());
        robot.interact(() -> bar.setValue(30_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30_000, firstVisibleFrame(robot));
        assertEquals(100, table.selectedRow(), "the selection outside the window is remembered");
        robot.interact(() -> bar.setValue(90));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(90, firstVisibleFrame(robot));
        assertEquals(100, table.getSelectionModel().getSelectedItem(), "and shown again when back in view");
        assertEquals(List.of(100), selections);
    }

    @Test
    void scrollingPastTheWindowMovesIt(FxRobot robot) {
        VirtualFlow<?> flow = robot.lookup(".virtual-flow").queryAs(VirtualFlow.class);
        for (int i = 0; i < 60; i++) {
            robot.interact(() -> flow.scrollPixels(20 * 22));
        }
        WaitForAsyncUtils.waitForFxEvents();
        int top = firstVisibleFrame(robot);
        assertTrue(top >= 1150 && top <= 1250, "60 × 20 rows down: " + top);
        for (int i = 0; i < 150; i++) robot.interact(() -> flow.scrollPixels(80 * 22));
        WaitForAsyncUtils.waitForFxEvents();
        top = firstVisibleFrame(robot);
        assertTrue(top > RowWindow.CAPACITY, "beyond the first window: " + top);
        ScrollBar bar = robot.lookup("#packet-list-scroll").queryAs(ScrollBar.class);
        assertEquals(top, (int) bar.getValue(), "the whole-list bar follows");
    }

    @Test
    void aShortDisplayListIsShownWhole(FxRobot robot) {
        robot.interact(() -> model.showOnly(new int[] {5, 49_999}, 2));
        assertEquals(List.of(5, 49_999), new ArrayList<>(table.getItems()));
        assertEquals(2, table.rowCount());
        assertTrue(!robot.lookup("#packet-list-scroll").queryAs(ScrollBar.class).isVisible());
    }
}
