package org.resetlens.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resetlens.ui.backend.EngineBackend;
import org.resetlens.ui.stats.IoGraphModel;
import org.resetlens.ui.stats.IoGraphWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Statistics › SMB2 SRT and I/O Graph on the SMB request-timeout scenario (figures from tshark 4.0.17). */
@ExtendWith(ApplicationExtension.class)
class StatsWindowsFxTest {
    static final Path SMB = Path.of("src/test/resources/scenarios/v2/smb-request-timeout-abort.pcap");
    private Preferences prefs;
    private MainWindow window;

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

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(SMB.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session() != null && !window.busy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void srtWindowListsTsharksCommands(FxRobot robot) throws Exception {
        open(robot);
        fire(robot, "menu-smb2-srt");
        TableView<List<String>> t = robot.lookup("#stats-smb2-srt").queryAs(TableView.class);
        // tshark -q -z smb2,srt: 7 commands; Negotiate Protocol 4 calls, max 0.007287 s; Find 10 calls
        assertEquals(7, t.getItems().size());
        assertEquals(List.of("0", "Negotiate Protocol", "4", "0.001731", "0.007287", "0.004532", "0.018127"),
                t.getItems().get(0));
        assertEquals("Find", t.getItems().get(6).get(1));
        assertEquals("10", t.getItems().get(6).get(2));
    }

    @Test
    void ioGraphMarksTheResetsAndAClickSelectsOne(FxRobot robot) throws Exception {
        open(robot);
        fire(robot, "menu-io-graph");
        Canvas canvas = robot.lookup("#io-graph").queryAs(Canvas.class);
        IoGraphWindow graph = (IoGraphWindow) canvas.getUserData();
        IoGraphModel m = graph.model();
        // tshark -z io,stat,1: 24, 0, 0, 0, 24, 0, 0, 0, 1, 24, 0, 0, 0, 37 frames per second
        assertTrue(java.util.Arrays.equals(new long[] {24, 0, 0, 0, 24, 0, 0, 0, 1, 24, 0, 0, 0, 37}, m.counts()),
                java.util.Arrays.toString(m.counts()));
        // the resets (tcp.flags.reset == 1): frames 25, 49, 74 at 4.082811, 8.650765, 13.266713 s
        assertEquals(List.of(new IoGraphModel.Marker(24, 4_082_811_000L), new IoGraphModel.Marker(48, 8_650_765_000L),
                new IoGraphModel.Marker(73, 13_266_713_000L)), m.markers());
        robot.interact(() -> window.selectFrame(0));
        Point2D p = canvas.localToScreen(graph.xOf(8_650_765_000L), graph.axisY());
        robot.clickOn(p);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(48, window.selectedFrame());
    }
}
