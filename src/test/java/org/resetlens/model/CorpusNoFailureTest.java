package org.resetlens.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.testutil.Shared;

/**
 * No frame of the public corpus makes a dissector or the load pass die: each frame is dissected with
 * the load pass's analysis (as the packet list does) and without it (as the ladder and trace-back do,
 * where no reassembly is at hand). Skips without ../shared.
 */
class CorpusNoFailureTest {
    @Test
    void everyCorpusFrameDissectsWithoutFailure() {
        List<Shared.CorpusEntry> corpus = Shared.corpus();
        Dissectors ds = Dissectors.standard();
        List<String> failures = new ArrayList<>();
        for (Shared.CorpusEntry e : corpus) {
            Analysis a = CaptureLoader.load(e.path());
            a.capture().diagnostics().stream().filter(d -> d.code().equals("analysis.failed"))
                    .forEach(d -> failures.add(e.file() + ": " + d.message()));
            FrameAnalysis fa = new AppFrameAnalysis(new AnalysisDecorator(a, ds.registry()), a);
            FrameIndex idx = a.capture().frames();
            for (int f = 0; f < idx.size(); f++) {
                for (FrameAnalysis analysis : new FrameAnalysis[] {fa, FrameAnalysis.NONE}) {
                    Dissection d = ds.dissect(idx, f, analysis);
                    if (d.failure() != null) {
                        failures.add(e.file() + " frame " + (f + 1) + (analysis == fa ? "" : " (no analysis)") + ": "
                                + d.failure() + " at " + d.failure().getStackTrace()[0]);
                    }
                }
            }
            a.capture().close();
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
