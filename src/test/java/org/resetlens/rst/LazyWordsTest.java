package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resetlens.model.Analysis;
import org.resetlens.model.CaptureLoader;

/**
 * The words of an explanation (evidence, chain, explanation text) are written on first use by judging the
 * stream again: they must tell the verdict given when the capture was explained, reset by reset, on the
 * real scenario captures committed with the project.
 */
class LazyWordsTest {
    @Test
    void wordsWrittenLaterTellTheVerdictGivenAtLoad() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/scenarios"))) {
            s.filter(p -> p.toString().endsWith(".pcap")).sorted().forEach(files::add);
        }
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
        Analysis a = CaptureLoader.load(Path.of("src/test/resources/scenarios/v2").resolve(firstWithPattern()));
        ResetReport report = Resets.explain(a);
        ResetPattern p = report.patterns().get(0);
        for (ResetExplanation r : report.resets()) {
            if (p.frames().contains(r.frame())) assertTrue(r.explanation().endsWith(" " + p.text()), r.explanation());
        }
        a.capture().close();
    }

    /** A committed scenario capture whose resets repeat (reset, reconnect, the same opening). */
    private static String firstWithPattern() {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/scenarios/v2"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".pcap")).sorted().toList()) {
                Analysis a = CaptureLoader.load(f);
                boolean has = !Resets.explain(a).patterns().isEmpty();
                a.capture().close();
                if (has) return f.getFileName().toString();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no committed scenario with a repeated pattern");
    }
}
