package org.resetlens.ui.packets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** The packet table's window over the display list: its range, and the changes the table hears. */
class RowWindowTest {

    /** Each change as "+from..to" for additions and "-n" for removals. */
    private static List<String> record(RowWindow w) {
        List<String> out = new ArrayList<>();
        w.addListener((ListChangeListener<Integer>) c -> {
            while (c.next()) {
                if (c.wasRemoved()) out.add("-" + c.getRemovedSize());
                if (c.wasAdded()) out.add("+" + c.getFrom() + ".." + c.getTo());
            }
        });
        return out;
    }

    @Test
    void growingWhileLoadingOnlyAppendsUntilTheWindowIsFull() {
        FrameList rows = new FrameList();
        rows.showAll(4_000);
        RowWindow w = new RowWindow(rows);
        List<String> changes = record(w);
        assertEquals(4_000, w.size());
        assertFalse(w.windowed());
        rows.grow(9_000);
        rows.grow(25_000);
        rows.grow(30_000);
        assertEquals(List.of("+4000..9000", "+9000..10000"), changes, "appends only, then nothing once full");
        assertEquals(RowWindow.CAPACITY, w.size());
        assertTrue(w.windowed());
        assertEquals(30_000, w.total());
        assertEquals(9_999, w.get(9_999));
    }

    @Test
    void movingClampsToTheListAndMapsRows() {
        FrameList rows = new FrameList();
        rows.showAll(25_000);
        RowWindow w = new RowWindow(rows);
        w.moveTo(20_000);
        assertEquals(15_000, w.base(), "the window ends at the list's end");
        assertEquals(15_000, w.get(0));
        assertEquals(24_999, w.get(w.size() - 1));
        assertEquals(5, w.local(15_005));
        assertEquals(-1, w.local(14_999));
        w.moveTo(-5);
        assertEquals(0, w.base());
    }

    @Test
    void aNewDisplayListReplacesTheWindow() {
        FrameList rows = new FrameList();
        rows.showAll(25_000);
        RowWindow w = new RowWindow(rows);
        w.moveTo(12_000);
        List<String> changes = record(w);
        rows.show(new int[] {3, 7, 11}, 3);
        assertEquals(List.of("-10000", "+0..3"), changes);
        assertEquals(0, w.base());
        assertEquals(List.of(3, 7, 11), new ArrayList<>(w));
    }
}
