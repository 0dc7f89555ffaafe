package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.model.TcpConversation;
import org.resetlens.testutil.ProjectCaptures;
import org.resetlens.testutil.Shared;

/**
 * The capture profile built from the load pass's columns answers every question exactly as the one
 * gathered packet by packet from the stream views does (hosts' TTLs, services' resets and successes).
 */
class ModelProfileTest {
    @Test
    void columnsProfileEqualsStreamViewProfileOnTheCommittedScenarios() throws Exception {
        List<Path> files = ProjectCaptures.scenarios();
        assertTrue(files.size() > 10, "committed scenario captures");
        int checked = 0;
        for (Path f : files) checked += compare(f);
        assertTrue(checked > 100, "questions compared: " + checked);
    }

    @Test
    void columnsProfileEqualsStreamViewProfileOnTheCorpus() {
        for (Shared.CorpusEntry e : Shared.corpus()) compare(e.path());
    }

    private static int compare(Path file) {
        Analysis a = CaptureLoader.load(file);
        List<StreamView> views = ModelStreams.of(a);
        CaptureProfile slow = new CaptureProfile();
        for (StreamView v : views) slow.add(v);
        CaptureProfile fast = ModelStreams.profile(a);
        int questions = 0;
        for (int s = 0; s < a.tcpStreamCount(); s++) {
            TcpConversation c = a.conversation(s);
            for (String host : List.of(c.clientAddress(), c.serverAddress())) {
                String where = file.getFileName() + " host " + host;
                assertEquals(slow.usualTtl(host), fast.usualTtl(host), where);
                assertEquals(slow.ttlSamples(host), fast.ttlSamples(host), where);
                for (int usual : new int[] {slow.usualTtl(host), 64, 128}) {
                    assertEquals(slow.ttlOutliers(host, usual), fast.ttlOutliers(host, usual), where);
                }
                questions += 3;
            }
            CaptureProfile.Service service = CaptureProfile.service(views.get(s));
            assertEquals(slow.successes(service), fast.successes(service), file.getFileName() + " " + service);
            StreamView v = views.get(s);
            for (int i = 0; i < v.size(); i++) {
                if (!v.has(i, StreamView.RST)) continue;
                for (long window : new long[] {1_000_000L, 1_000_000_000L}) {
                    assertEquals(slow.resetsNear(service, v.timeNanos(i), window, s, 50),
                            fast.resetsNear(service, v.timeNanos(i), window, s, 50), file.getFileName() + " " + service);
                    questions++;
                }
            }
            assertEquals(views.get(s).hasReset(), c.clientResets() + c.serverResets() > 0);
        }
        a.capture().close();
        return questions;
    }
}
