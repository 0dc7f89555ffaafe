package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;
import org.resetlens.testutil.ProjectCaptures;

/**
 * The words of an explanation (evidence, chain, explanation text) are written on first use by judging the
 * stream again: they must tell the verdict given when the capture was explained, reset by reset, on the
 * real scenario captures committed with the project.
 */
class LazyWordsTest {
    @Test
    void wordsWrittenLaterTellTheVerdictGivenAtLoad() {
        List<Path> files = ProjectCaptures.scenarios();
        assertTrue(files.size() > 10, "committed scenario captures");
        int resets = 0, withTrigger = 0;
        for (Path f : files) {
            Analysis a = CaptureLoader.load(f);
            ResetReport report = Resets.explain(a);
            // read the words in reverse order, so no reset's words come from a pass started for the one before
            List<ResetExplanation> all = new ArrayList<>(report.resets());
            java.util.Collections.reverse(all);
            for (ResetExplanation r : all) {
                String where = f.getFileName() + " frame " + r.frame();
                assertEquals(r.cause().id(), r.evidence().get(0).rule(), where + ": deciding evidence");
                assertFalse(r.explanation().isBlank(), where);
                List<ChainLink> triggers = r.chain().stream().filter(l -> l.role() == ChainRole.TRIGGER).toList();
                if (r.trigger() == null) {
                    assertTrue(triggers.isEmpty(), where + ": no trigger link without a trigger");
                } else {
                    assertEquals(List.of(r.trigger()), triggers.stream().map(ChainLink::frame).toList(), where);
                    withTrigger++;
                }
                assertEquals(r.stream(), r.manual().stream(), where + ": manual trace of the reset's stream");
                resets++;
            }
            a.capture().close();
        }
        assertTrue(resets > 50, "resets checked: " + resets);
        assertTrue(withTrigger > 20, "resets with a trigger: " + withTrigger);
    }

    @Test
    void aPatternSentenceFollowsTheExplanation() {
        // the client reset, reconnected and repeated its opening exchange several times
        Analysis a = CaptureLoader.load(Path.of("src/test/resources/scenarios/v2/smb-request-timeout-abort.pcap"));
        ResetReport report = Resets.explain(a);
        assertFalse(report.patterns().isEmpty(), "a repeated pattern");
        ResetPattern p = report.patterns().get(0);
        int annotated = 0;
        for (ResetExplanation r : report.resets()) {
            if (!p.frames().contains(r.frame())) continue;
            assertTrue(r.explanation().endsWith(" " + p.text()), r.explanation());
            annotated++;
        }
        assertEquals(p.count(), annotated);
        a.capture().close();
    }
}
