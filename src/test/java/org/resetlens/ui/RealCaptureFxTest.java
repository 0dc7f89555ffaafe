package org.resetlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.ui.backend.EngineBackend;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window over the real engines (capture, model, dissect, filter, rst) on a hand-built capture. */
@ExtendWith(ApplicationExtension.class)
class RealCaptureFxTest {
    private Preferences prefs;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage s) {
        prefs = Preferences.userRoot().node("org/resetlens/test/" + UUID.randomUUID());
        window = new MainWindow(s, new EngineBackend(), prefs);
        s.show();
    }

    @AfterEach
    void removePrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private void open(FxRobot robot, byte[] content) throws Exception {
        Path file = dir.resolve("real.pcap");
        Files.write(file, content);
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session() != null && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Integer> table(FxRobot robot) {
        return robot.lookup("#packet-list").queryAs(TableView.class);
    }

    @Test
    void resetIsColouredExplainedAndItsTriggerReachable(FxRobot robot) throws Exception {
        open(robot, UiTestCaptures.pcap());
        assertEquals(7, table(robot).getItems().size());
        // the first reset is selected after loading
        assertEquals(6, window.selectedFrame());
        assertEquals("Request timed out", robot.lookup("#reset-cause").queryAs(Label.class).getText());
        robot.interact(() -> window.selectFrame(0));
        @SuppressWarnings("unchecked")
        TableRow<Integer> rstRow = robot.lookup("#packet-list .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && (Integer) r.getItem() == 6).findFirst().orElseThrow();
        assertTrue(rstRow.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("color-tcp-rst")), rstRow.getPseudoClassStates().toString());
        robot.clickOn(rstRow);
        robot.clickOn("#reset-jump-trigger");
        assertEquals(5, window.selectedFrame());
    }

    @Test
    void realFilterCompilerColoursTheBarAndFilters(FxRobot robot) throws Exception {
        open(robot, UiTestCaptures.pcap());
        TextField field = robot.lookup("#filter-field").queryAs(TextField.class);
        robot.interact(() -> field.setText("tcp.prot == 445"));
        assertTrue(field.getStyleClass().contains("filter-invalid"));
        String msg = robot.lookup("#filter-message").queryAs(Label.class).getText();
        assertTrue(msg.contains("tcp.port") && msg.contains("column"), msg);

        robot.interact(() -> field.setText("tcp.flags.reset == 1"));
        assertTrue(field.getStyleClass().contains("filter-valid"));
        robot.clickOn("#filter-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 1);
        assertEquals(List.of(6), List.copyOf(table(robot).getItems()));

        Path out = dir.resolve("displayed.pcapng");
        robot.interact(() -> window.saveAs(out, true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out) && Files.size(out) > 0);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        try (Capture c = CaptureReader.read(out, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            assertEquals(1, c.frames().size(), "only the displayed reset is exported");
        }
    }

    @Test
    void damagedFileShowsWhatLoadedAndSaysWhatWasWrong(FxRobot robot) throws Exception {
        byte[] full = UiTestCaptures.pcap();
        open(robot, java.util.Arrays.copyOf(full, full.length - 30));
        assertEquals(6, table(robot).getItems().size());
        assertTrue(window.infoBarMessage().startsWith("Loaded 6 packets, then stopped:"), window.infoBarMessage());
    }

    @Test
    void ladderFollowsTheSelectionBothWays(FxRobot robot) throws Exception {
        open(robot, UiTestCaptures.pcap());
        robot.interact(() -> window.showInLadder(6));
        WaitForAsyncUtils.waitForFxEvents();
        org.resetlens.ui.ladder.LadderView ladder = robot.lookup(".ladder-view")
                .queryAs(org.resetlens.ui.ladder.LadderView.class);
        assertEquals(7, ladder.model().selectedFrameProperty().get(), "1-based on the ladder");
        robot.interact(() -> window.selectFrame(3));
        assertEquals(4, ladder.model().selectedFrameProperty().get());
        robot.interact(() -> ladder.model().moveSelection(1));
        assertEquals(ladder.model().selectedFrameProperty().get() - 1, window.selectedFrame());
        assertEquals(4, window.selectedFrame());
    }

    @Test
    void commentsShowInDetailsAndAreSavedAsPcapng(FxRobot robot) throws Exception {
        open(robot, UiTestCaptures.pcap());
        robot.interact(() -> {
            window.selectFrame(5);
            window.setComment(5, "server never answers this");
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.TreeView<org.resetlens.dissect.TreeNode> tree =
                robot.lookup("#details-tree").queryAs(javafx.scene.control.TreeView.class);
        assertTrue(contains(tree.getRoot(), "server never answers this"), "the details show the comment");
        Path out = dir.resolve("annotated.pcapng");
        robot.interact(() -> window.saveAs(out, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out) && Files.size(out) > 0);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        try (Capture c = CaptureReader.read(out, FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
            assertEquals(7, c.frames().size());
            assertEquals(List.of("server never answers this"), c.frames().comments(5));
        }
    }

    private static boolean contains(javafx.scene.control.TreeItem<org.resetlens.dissect.TreeNode> item, String text) {
        if (item.getValue() != null && item.getValue().label().contains(text)) return true;
        return item.getChildren().stream().anyMatch(c -> contains(c, text));
    }
}
