package org.resetlens.ui.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.resetlens.diagram.ArrowRow;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.diagram.LadderGeometry;
import org.resetlens.diagram.Palette;
import org.resetlens.diagram.StyleRole;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real canvas, headless: it paints the rows, a click selects a packet, Down moves on. */
@ExtendWith(ApplicationExtension.class)
class LadderViewFxTest {
    private LadderView view;
    private final List<Integer> told = new ArrayList<>();

    @Start
    void start(Stage stage) {
        view = new LadderView();
        view.model().open(LadderFixtures.smbStream0());
        view.model().setOnFrameSelected(told::add);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @Test
    void paintsClicksAndMoves(FxRobot robot) {
        LadderGeometry g = view.model().geometryProperty().get();
        ArrowRow r = (ArrowRow) g.rows().get(g.rowOfFrame(6));
        double z = view.model().zoomProperty().get();
        Point2D p = view.localToScreen((r.x1() + r.x2()) / 2 * z, r.arrowY() * z);
        robot.clickOn(p);
        assertEquals(6, view.model().selectedFrameProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(7, view.model().selectedFrameProperty().get());
        assertEquals(List.of(6, 7), told);

        robot.interact(() -> view.selectFrame(25));
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        int red = 0xff000000 | Palette.light().rgb(StyleRole.ARROW_RST);
        int found = 0;
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                if (shot[0].getPixelReader().getArgb(x, y) == red) found++;
            }
        }
        assertTrue(found > 50, "the reset arrow is on screen after selecting frame 25 (" + found + " red pixels)");
    }
}
