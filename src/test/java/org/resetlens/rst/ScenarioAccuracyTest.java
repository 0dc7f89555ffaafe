package org.resetlens.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.resetlens.testutil.Shared;
import org.resetlens.testutil.Tshark;

/**
 * Every reset of the real scenario captures (shared/scenarios and the generated variants in
 * src/test/resources/scenarios) against its truth file: cause and trigger frame, loaded through tshark.
 */
class ScenarioAccuracyTest {
    record Score(int resets, int cause, int trigger) { }

    /** Loads a capture through the project's own reader and load pass, with the model's message pairing. */
    static ResetReport viaModel(Path cap) {
        org.resetlens.model.Analysis a = org.resetlens.model.CaptureLoader.load(cap);
        return new ResetEngine(ModelAppMessages.preferPayloads(a)).explain(ModelStreams.of(a));
    }

    /** Loads a capture through tshark's fields, an independent loader. */
    static ResetReport viaTshark(Path cap) {
        return new ResetEngine(new PayloadMessages()).explain(TsharkStreams.load(cap));
    }

    static Score score(List<Path> captures, java.util.function.Function<Path, ResetReport> loader,
                       StringBuilder report) {
        int n = 0, okCause = 0, okTrigger = 0;
        for (Path cap : captures) {
            ScenarioTruth truth = ScenarioTruth.read(truthOf(cap));
            ResetReport rep = loader.apply(cap);
            Map<Integer, ResetExplanation> byFrame = new HashMap<>();
            for (ResetExplanation r : rep.resets()) byFrame.put(r.frame(), r);
            assertEquals(truth.resets().size(), rep.resets().size(), cap + ": number of resets");
            int c = 0, t = 0;
            List<String> misses = new ArrayList<>();
            for (ScenarioTruth.Reset tr : truth.resets()) {
                ResetExplanation r = byFrame.get(tr.frame());
                boolean causeOk = r != null && tr.accepted().contains(r.cause().id());
                boolean trigOk = r != null && Objects.equals(tr.trigger(), r.trigger());
                c += causeOk ? 1 : 0;
                t += trigOk ? 1 : 0;
                if (!causeOk || !trigOk) {
                    misses.add("frame " + tr.frame() + " " + tr.label() + "→" + (r == null ? "-" : r.cause().id())
                            + " trigger " + tr.trigger() + "→" + (r == null ? "-" : r.trigger()));
                }
            }
            n += truth.resets().size();
            okCause += c;
            okTrigger += t;
            report.append(String.format("%-48s %3d resets  cause %3d  trigger %3d  %s%n",
                    cap.getParent().getFileName() + "/" + cap.getFileName(), truth.resets().size(), c, t,
                    String.join("; ", misses)));
        }
        return new Score(n, okCause, okTrigger);
    }

    /** {@code x.pcap} → {@code x.truth.json}; {@code x.pcapng} → {@code x.pcapng.truth.json}. */
    static Path truthOf(Path cap) {
        String name = cap.getFileName().toString();
        Path a = cap.resolveSibling(name.replaceFirst("\\.pcap$", "") + ".truth.json");
        return Files.exists(a) ? a : cap.resolveSibling(name + ".truth.json");
    }

    static List<Path> captures(Path dir) {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .filter(p -> Files.exists(truthOf(p))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sharedScenariosGetTheTrueCauseAndTrigger() {
        List<Path> caps = captures(Shared.require().resolve("scenarios"));
        StringBuilder report = new StringBuilder();
        Score s = score(caps, ScenarioAccuracyTest::viaModel, report);
        System.out.println(report);
        System.out.printf("shared scenarios: %d resets, cause %d (%.1f%%), trigger %d (%.1f%%)%n", s.resets(), s.cause(),
                100.0 * s.cause() / s.resets(), s.trigger(), 100.0 * s.trigger() / s.resets());
        assertTrue(s.cause() >= 0.90 * s.resets(), report.toString());
        assertTrue(s.trigger() >= 0.85 * s.resets(), report.toString());
    }

    @Test
    void sharedScenariosLoadedByTsharkGetTheSameAnswers() {
        Tshark.require();
        List<Path> caps = captures(Shared.require().resolve("scenarios"));
        StringBuilder report = new StringBuilder();
        Score s = score(caps, ScenarioAccuracyTest::viaTshark, report);
        System.out.println(report);
        assertTrue(s.cause() >= 0.90 * s.resets(), report.toString());
        assertTrue(s.trigger() >= 0.85 * s.resets(), report.toString());
    }

    @Test
    void generatedVariantsGetTheTrueCauseAndTrigger() {
        Path dir = Path.of("src/test/resources/scenarios");
        List<Path> caps = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                for (Path d : s.filter(Files::isDirectory).sorted().toList()) caps.addAll(captures(d));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        // more variants made with tools/scenarios/make-scenarios.sh: -Dresetlens.scenarioDirs=/tmp/scen2,/tmp/scen3
        for (String d : System.getProperty("resetlens.scenarioDirs", "").split(",")) {
            if (!d.isBlank() && Files.isDirectory(Path.of(d))) caps.addAll(captures(Path.of(d)));
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(caps.isEmpty(), "no generated scenarios");
        StringBuilder report = new StringBuilder();
        Score s = score(caps, ScenarioAccuracyTest::viaModel, report);
        System.out.println(report);
        System.out.printf("generated scenarios: %d resets, cause %d, trigger %d%n", s.resets(), s.cause(), s.trigger());
        assertTrue(s.cause() >= 0.90 * s.resets(), report.toString());
        assertTrue(s.trigger() >= 0.85 * s.resets(), report.toString());
    }
}
