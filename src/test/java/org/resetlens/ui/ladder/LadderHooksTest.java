package org.resetlens.ui.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.Capture;
import org.resetlens.capture.CaptureReader;
import org.resetlens.capture.FrameListener;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Progress;
import org.resetlens.diagram.LadderFixtures;
import org.resetlens.ui.backend.CaptureSession;

/** What "Show in ladder" prepares from a main-window session: the stream, its reset traced, the window's notes. */
class LadderHooksTest {

    @Test
    void preparesTheStreamWithItsResetAndTheWindowsNotes() {
        Capture capture = CaptureReader.read(LadderFixtures.smbPcap(), FrameListener.NONE, CancelToken.none(),
                Progress.NONE);
        capture.frames().addComment(22, "note made in the main window");
        CaptureSession session = (CaptureSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CaptureSession.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "path" -> capture.path();
                    case "frames" -> capture.frames();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        // the reset of stream 0 is frame 25 (0-based 24); truth file: trigger 23
        LadderViewModel.Prepared p = new LadderHooks().prepare(session, 0, 24);
        assertEquals(25, p.input().reset().resetFrame());
        assertEquals(23, p.input().reset().triggerFrame());
        assertTrue(p.geometry().callouts().stream().anyMatch(c -> c.lines().contains("note made in the main window")));
        LadderViewModel vm = new LadderViewModel();
        vm.show(p);
        vm.setNote(24, "another");
        assertEquals(List.of("another"), capture.frames().comments(23), "notes go to the window's own index");
    }
}
