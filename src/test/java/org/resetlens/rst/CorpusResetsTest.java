package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.Shared;

/**
 * Every reset of the public corpus gets a cause with evidence, a chain ending in its trigger, and text;
 * {@code unknown} and {@code no-context} only where the stream holds too little to say.
 */
class CorpusResetsTest {
    @Test
    void everyCorpusResetIsExplained() {
        Map<String, Integer> causes = new TreeMap<>();
        StringBuilder unexplained = new StringBuilder();
        int total = 0;
        for (Shared.CorpusEntry e : Shared.corpus()) {
            Analysis a = CaptureLoader.load(e.path());
            List<StreamView> streams = ModelStreams.of(a);
            ResetReport rep = new ResetEngine(ModelAppMessages.preferPayloads(a)).explain(streams);
            if (e.tsharkReads()) assertEquals(e.rstPackets(), rep.resets().size(), e.file() + ": resets found");
            for (ResetExplanation r : rep.resets()) {
                total++;
                causes.merge(r.cause().id(), 1, Integer::sum);
                assertNotNull(r.cause());
                assertFalse(r.explanation().isBlank());
                assertFalse(r.evidence().isEmpty());
                assertFalse(r.evidence().get(0).facts().isEmpty(), e.file() + " frame " + r.frame());
                assertEquals(r.cause().id(), r.evidence().get(0).rule());
                if (r.trigger() != null) {
                    assertTrue(r.trigger() < r.frame(), e.file() + " frame " + r.frame() + ": trigger after the reset");
                    assertEquals(r.trigger(), r.chain().get(r.chain().size() - 1).frame());
                }
                if (r.cause() == Cause.UNKNOWN || r.cause() == Cause.NO_CONTEXT) {
                    StreamView s = streams.get(r.stream());
                    unexplained.append(e.file()).append(" frame ").append(r.frame()).append(' ').append(r.cause())
                            .append(" (stream of ").append(s.size()).append(" packets)\n");
                }
            }
        }
        System.out.println("corpus resets: " + total + " " + causes);
        System.out.println(unexplained);
        assertTrue(total > 0);
    }
}
