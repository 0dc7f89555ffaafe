package org.resetlens.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resetlens.ui.backend.EngineBackend;
import org.resetlens.ui.stats.CompareModel;
import org.resetlens.ui.stats.CompareWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Statistics › Compare with… in the real window: two project scenario captures side by side, differences highlighted. */
@ExtendWith(ApplicationExtension.class)
class CompareWindowFxTest {
    private static final Path SCEN = Path.of("src/test/resources/scenarios/v2");
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

    @Test
    @SuppressWarnings("unchecked")
    void compareWindowShowsBothCapturesWithHighlightedRows(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(SCEN.resolve("smb-request-timeout-abort.pcap")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.session() != null && !window.busy());
        robot.interact(() -> window.compareWith(SCEN.resolve("refused.pcap")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#compare-table").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CompareModel.Row> table = robot.lookup("#compare-table").queryAs(TableView.class);
        assertTrue(table.getColumns().get(1).getText().contains("smb-request-timeout-abort.pcap"));
        assertTrue(table.getColumns().get(2).getText().contains("refused.pcap"));
        assertTrue(table.getItems().stream().anyMatch(r -> r.metric().equals("resets.refused") && r.highlighted()));
        List<TableRow<CompareModel.Row>> rows = robot.lookup("#compare-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().map(r -> (TableRow<CompareModel.Row>) r).filter(r -> r.getItem() != null).toList();
        assertFalse(rows.isEmpty());
        assertTrue(rows.get(0).getStyleClass().contains(CompareWindow.HIGHLIGHT), rows.get(0).getStyleClass().toString());
        // the first row that is not highlighted is the reset total (3 vs 4: less than a factor 1.5)
        int plain = 0;
        while (table.getItems().get(plain).highlighted()) plain++;
        int at = plain;
        robot.interact(() -> table.scrollTo(at));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<CompareModel.Row> total = robot.lookup("#compare-table .table-row-cell").queryAllAs(TableRow.class)
                .stream().map(r -> (TableRow<CompareModel.Row>) r)
                .filter(r -> r.getItem() != null && r.getItem().metric().equals("resets.total")).findFirst().orElseThrow();
        assertFalse(total.getStyleClass().contains(CompareWindow.HIGHLIGHT), total.getStyleClass().toString());
    }
}
