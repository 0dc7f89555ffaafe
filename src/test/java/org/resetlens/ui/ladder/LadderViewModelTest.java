package org.resetlens.ui.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.diagram.ArrowRow;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.diagram.LadderGeometry;

/** The ladder view's state without a window: hit testing, keys, scrolling, zoom, selection both ways. */
class LadderViewModelTest {

    private static LadderViewModel smb() {
        LadderViewModel vm = new LadderViewModel();
        vm.setViewSize(1000, 400);
        vm.open(LadderFixtures.smbStream0());
        return vm;
    }

    @Test
    void clickingAnArrowSelectsItsFrameAndTellsTheListener() {
        LadderViewModel vm = smb();
        List<Integer> told = new ArrayList<>();
        vm.setOnFrameSelected(told::add);
        LadderGeometry g = vm.geometryProperty().get();
        ArrowRow r = (ArrowRow) g.rows().get(g.rowOfFrame(4));
        vm.clickAt((r.x1() + r.x2()) / 2, r.arrowY());
        assertEquals(4, vm.selectedFrameProperty().get());
        assertEquals(List.of(4), told);
        vm.moveSelection(1);
        vm.moveSelection(1);
        assertEquals(6, vm.selectedFrameProperty().get());
        vm.moveSelection(-3);
        assertEquals(3, vm.selectedFrameProperty().get());
        assertEquals(List.of(4, 5, 6, 3), told);
    }

    @Test
    void selectingFromThePacketListScrollsWithoutCallingBack() {
        LadderViewModel vm = smb();
        List<Integer> told = new ArrayList<>();
        vm.setOnFrameSelected(told::add);
        vm.selectFrame(25);
        assertEquals(25, vm.selectedFrameProperty().get());
        assertTrue(told.isEmpty());
        LadderGeometry g = vm.geometryProperty().get();
        double rowTop = g.rowOfFrame(25) * g.rowHeight();
        double y = vm.scrollYProperty().get();
        assertTrue(rowTop >= y && rowTop + g.rowHeight() <= y + vm.bodyViewHeight() + 1e-9, "row 25 visible");
    }

    @Test
    void scrollIsClampedAndZoomKeepsThePointUnderTheMouse() {
        LadderViewModel vm = smb();
        vm.scrollBy(0, 1e9);
        assertEquals(vm.maxScrollY(), vm.scrollYProperty().get());
        vm.scrollBy(-1e9, -1e9);
        assertEquals(0, vm.scrollYProperty().get());
        double x = vm.toDiagramX(300), y = vm.toDiagramY(250);
        vm.zoomBy(2, 300, 250);
        assertEquals(2, vm.zoomProperty().get());
        assertEquals(x, vm.toDiagramX(300), 1e-6);
        assertEquals(y, vm.toDiagramY(250), 1e-6);
        vm.zoomBy(100, 0, 0);
        assertEquals(LadderViewModel.MAX_ZOOM, vm.zoomProperty().get());
    }

    @Test
    void aHundredThousandArrowsLayOutAndScrollToTheEnd() {
        LadderViewModel vm = new LadderViewModel();
        vm.setViewSize(1200, 800);
        vm.open(LadderFixtures.alternating(100_000));
        vm.selectFrame(100_000);
        LadderGeometry g = vm.geometryProperty().get();
        assertEquals(100_000, g.rows().size());
        double rowTop = g.rowOfFrame(100_000) * g.rowHeight();
        assertTrue(rowTop >= vm.scrollYProperty().get() && rowTop + g.rowHeight() <= vm.scrollYProperty().get() + vm.bodyViewHeight() + 1e-6);
        vm.moveSelection(-1);
        assertEquals(99_999, vm.selectedFrameProperty().get());
    }
}
