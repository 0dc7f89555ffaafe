package org.resetlens.ui.reset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.ui.backend.ResetInfo;

/** The reset pane follows the selection, groups resets by cause and steps through them. */
class ResetPaneModelTest {

    private static ResetInfo reset(int frame, int stream, String cause) {
        return new ResetInfo(frame, stream, "client", cause, "high", cause.equals("abortive-close"), "unknown",
                "explanation " + frame, List.of(), List.of(), frame - 1, "tcp.stream eq " + stream, List.of(), "RSTO", "");
    }

    private final ResetInfo a = reset(10, 0, "request-timeout");
    private final ResetInfo b = reset(20, 1, "refused");
    private final ResetInfo c = reset(30, 2, "request-timeout");
    private final ResetInfo d = reset(40, 2, "request-timeout");

    @Test
    void groupsByCauseLargestFirst() {
        ResetPaneModel m = new ResetPaneModel();
        m.setResets(List.of(d, b, a, c));
        assertEquals(List.of("request-timeout", "refused"), m.groups().stream().map(ResetPaneModel.CauseGroup::cause).toList());
        assertEquals(List.of(a, c, d), m.groups().get(0).resets());
        assertEquals("4 resets: 3 request-timeout, 1 refused", m.summary());
    }

    @Test
    void selectionShowsTheResetOrItsStreamsResets() {
        ResetPaneModel m = new ResetPaneModel();
        m.setResets(List.of(a, b, c, d));
        m.select(30, 2);
        assertSame(c, m.current());
        assertEquals(List.of(), m.streamResetsProperty().get());
        m.select(25, 2);
        assertNull(m.current());
        assertEquals(List.of(c, d), m.streamResetsProperty().get());
        m.select(5, -1);
        assertNull(m.current());
        assertEquals(List.of(), m.streamResetsProperty().get());
    }

    @Test
    void stepsThroughResetsWrappingAround() {
        ResetPaneModel m = new ResetPaneModel();
        m.setResets(List.of(a, b, c, d));
        assertSame(b, m.next(10).orElseThrow());
        assertSame(a, m.next(40).orElseThrow());
        assertSame(c, m.previous(40).orElseThrow());
        assertSame(d, m.previous(10).orElseThrow());
        assertSame(a, m.next(-1).orElseThrow());
    }

    @Test
    void noResets() {
        ResetPaneModel m = new ResetPaneModel();
        m.setResets(List.of());
        assertEquals("No resets in this capture", m.summary());
        assertEquals(java.util.Optional.empty(), m.next(0));
    }

    @Test
    void causeTitlesAndBadges() {
        assertEquals("Request timed out", Causes.title("request-timeout"));
        assertEquals("cause-benign", Causes.badgeClass("abortive-close", true));
        assertEquals("cause-problem", Causes.badgeClass("refused", false));
        assertEquals("cause-middlebox", Causes.badgeClass("middlebox-injected", false));
        assertEquals("RST from client — Request timed out", ResetPaneModel.headline(a));
    }
}
