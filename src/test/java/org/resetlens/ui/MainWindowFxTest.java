package org.resetlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.dissect.TreeNode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's flows, headless: open, filter, explain a reset, jump, conversations, linking. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {
    private final FakeBackend backend = new FakeBackend();
    private Preferences prefs;
    private MainWindow window;
    private Stage stage;

    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        stage = s;
        prefs = Preferences.userRoot().node("org/resetlens/test/" + UUID.randomUUID());
        window = new MainWindow(s, backend, prefs);
        s.show();
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private Path openTestCapture(FxRobot robot) throws Exception {
        Path file = dir.resolve("test.pcap");
        Files.write(file, UiTestCaptures.pcap());
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.session() != null && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#packet-list").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableRow<Integer> row(FxRobot robot, int frame) {
        return robot.lookup("#packet-list .table-row-cell").queryAllAs(TableRow.class).stream()
                .map(r -> (TableRow<Integer>) r)
                .filter(r -> r.getItem() != null && r.getItem() == frame).findFirst().orElseThrow();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void openingShowsRowsTitleStatusAndColours(FxRobot robot) throws Exception {
        openTestCapture(robot);
        assertEquals(7, table(robot).getItems().size());
        assertEquals("ResetLens — test.pcap", stage.getTitle());
        assertEquals("Packets: 7 · Displayed: 7 (100.0%)", window.statusCounts());
        assertTrue(row(robot, 6).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("color-tcp-rst")), "the reset row is dark red");
        assertTrue(row(robot, 0).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("color-tcp")));
        assertEquals(Set.of(prefs.get("recent.0", "")), Set.of(dir.resolve("test.pcap").toAbsolutePath().toString()));
        assertEquals("", window.infoBarMessage());
    }

    @Test
    void invalidFilterTurnsRedWithMessageAndValidOneFilters(FxRobot robot) throws Exception {
        openTestCapture(robot);
        robot.clickOn("#filter-field").write("tcpp.port == 445");
        TextField field = robot.lookup("#filter-field").queryAs(TextField.class);
        assertTrue(field.getStyleClass().contains("filter-invalid"));
        assertEquals("\"tcpp.port\" is neither a field nor a protocol name (columns 1–9) — did you mean \"tcp.port\"?",
                text(robot, "#filter-message"));
        robot.clickOn("#filter-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, table(robot).getItems().size(), "an invalid filter is not applied");

        robot.interact(() -> field.setText("tcp.len == 0"));
        assertTrue(field.getStyleClass().contains("filter-valid"));
        assertFalse(robot.lookup("#filter-message").queryAs(Label.class).isVisible());
        robot.clickOn("#filter-apply");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 4);
        assertEquals(java.util.List.of(0, 1, 2, 6), java.util.List.copyOf(table(robot).getItems()));
        assertEquals("Packets: 7 · Displayed: 4 (57.1%)", window.statusCounts());

        robot.interact(() -> field.setText("tcp.len != 0"));
        assertTrue(field.getStyleClass().contains("filter-warning"), "a deprecated operator is yellow");
    }

    @Test
    void selectingAResetExplainsItAndTheTriggerLinkJumps(FxRobot robot) throws Exception {
        openTestCapture(robot);
        robot.clickOn(row(robot, 1));
        assertEquals(1, window.selectedFrame());
        assertTrue(robot.lookup(".reset-hint").queryAs(Label.class).getText().contains("not a reset"));
        assertEquals(1, robot.lookup("#reset-detail .frame-link").queryAll().size(), "the stream's reset is linked");

        robot.clickOn(row(robot, 6));
        assertEquals(6, window.selectedFrame());
        assertEquals("Request timed out", text(robot, "#reset-cause"));
        assertEquals("high confidence", text(robot, "#reset-confidence"));
        assertTrue(text(robot, "#reset-explanation").contains("never answered"));
        assertEquals(3, robot.lookup("#reset-detail .frame-link").queryAll().size());

        robot.clickOn("#reset-jump-trigger");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(FakeBackend.TRIGGER_FRAME, window.selectedFrame());
        assertEquals(FakeBackend.TRIGGER_FRAME, table(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void traceLinksJumpAndFilterTraceAppliesTheStreamScopedFilter(FxRobot robot) throws Exception {
        openTestCapture(robot);
        robot.interact(() -> window.selectFrame(FakeBackend.RST_FRAME));
        Hyperlink acked = robot.lookup("#reset-detail .frame-link").queryAllAs(Hyperlink.class).stream()
                .filter(h -> h.getText().startsWith("Frame 5 ")).findFirst().orElseThrow();
        robot.clickOn(acked);
        assertEquals(FakeBackend.ACKED_UNTIL_FRAME, window.selectedFrame());

        robot.interact(() -> window.selectFrame(FakeBackend.RST_FRAME));
        robot.clickOn("#reset-filter-trace");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        assertEquals(FakeBackend.TRACE_FILTER, robot.lookup("#filter-field").queryAs(TextField.class).getText());
        assertEquals(java.util.List.of(4, 5, 6), java.util.List.copyOf(table(robot).getItems()));
        // jumping to a frame the filter hides clears the filter
        robot.interact(() -> window.selectFrame(0));
        assertEquals(7, table(robot).getItems().size());
        assertEquals(0, window.selectedFrame());
    }

    @Test
    void conversationsRowAppliesTheStreamFilter(FxRobot robot) throws Exception {
        openTestCapture(robot);
        Button conv = robot.lookup(".tool-button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Conversations")).findFirst().orElseThrow();
        robot.clickOn(conv);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableRow<Object> first = robot.lookup("#conv-tcp .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).findFirst().orElseThrow();
        robot.clickOn(first).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "tcp.stream eq 0".equals(window.filterModel().appliedProperty().get()));
        assertEquals("tcp.stream eq 0", robot.lookup("#filter-field").queryAs(TextField.class).getText());
        assertEquals(7, table(robot).getItems().size());
    }

    @Test
    void detailsTreeAndBytesAreLinkedBothWays(FxRobot robot) throws Exception {
        openTestCapture(robot);
        robot.interact(() -> window.selectFrame(FakeBackend.ACKED_UNTIL_FRAME));
        @SuppressWarnings("unchecked")
        TreeCell<TreeNode> ipCell = robot.lookup("#details-tree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null && ((TreeNode) c.getItem()).label().startsWith("Transmission Control"))
                .findFirst().orElseThrow();
        robot.interact(() -> ipCell.getTreeItem().setExpanded(true));
        robot.clickOn(robot.lookup("#details-tree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null && ((TreeNode) c.getItem()).label().startsWith("Source Port"))
                .findFirst().orElseThrow());
        org.resetlens.ui.details.BytesView bytes = robot.lookup("#bytes-pane").queryAs(org.resetlens.ui.details.BytesView.class);
        assertEquals(34, bytes.highlightStart());
        assertEquals(36, bytes.highlightEnd());
        assertTrue(robot.lookup("#byte-35").queryAs(Label.class).getStyleClass().contains("byte-selected"));

        robot.clickOn("#byte-27");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<TreeNode> tree = robot.lookup("#details-tree").queryAs(javafx.scene.control.TreeView.class);
        // the click reaches the tree through the selection model a pulse later under load
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().label().startsWith("Source Address: 10.0.0.2"));
        assertTrue(tree.getSelectionModel().getSelectedItem().getValue().label().startsWith("Source Address: 10.0.0.2"));

        @SuppressWarnings("unchecked")
        Node link = robot.lookup("#details-tree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() != null && ((TreeNode) c.getItem()).linkedFrame() >= 0).findFirst().orElseThrow();
        robot.clickOn(link).type(KeyCode.ENTER);
        assertEquals(3, window.selectedFrame());
    }

    @Test
    void missingFileKeepsTheCaptureAndSaysWhy(FxRobot robot) throws Exception {
        openTestCapture(robot);
        int loads = backend.loads;
        robot.interact(() -> window.open(dir.resolve("nope.pcap")));
        assertEquals(loads, backend.loads);
        assertTrue(window.infoBarMessage().contains("does not exist"), window.infoBarMessage());
        assertEquals(7, table(robot).getItems().size());
        assertEquals("ResetLens — test.pcap", stage.getTitle());
    }

    @Test
    void keyboardShortcutsMoveAndFocus(FxRobot robot) throws Exception {
        openTestCapture(robot);
        robot.interact(() -> window.selectFrame(2));
        robot.clickOn(row(robot, 2));
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        assertEquals(3, window.selectedFrame());
        robot.press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        assertEquals(1, window.selectedFrame());
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        assertTrue(robot.lookup("#filter-field").queryAs(TextField.class).isFocused());
        robot.interact(() -> window.goToPacket("6"));
        assertEquals(5, window.selectedFrame());
    }

    @Test
    void firstRowsShowWhileLoadingAndCancelKeepsThem(FxRobot robot) throws Exception {
        backend.blockAfterThree = true;
        Path file = dir.resolve("slow.pcap");
        Files.write(file, UiTestCaptures.pcap());
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 3);
        // the status bar follows the rows on its own update, a pulse or two later
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.statusCounts().startsWith("Packets: 3…"));
        assertTrue(window.busy(), "still loading");
        assertTrue(window.statusCounts().startsWith("Packets: 3…"), window.statusCounts());
        assertEquals("preview", window.packets().text(0, org.resetlens.ui.packets.Column.PROTOCOL));
        robot.clickOn("#status-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, table(robot).getItems().size());
        assertEquals("Loading was cancelled after 3 packets.", window.infoBarMessage());
        assertEquals("TCP", window.packets().text(0, org.resetlens.ui.packets.Column.PROTOCOL), "rows from the session now");
    }
}
