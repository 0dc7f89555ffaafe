package org.resetlens.rst;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.resetlens.model.Analysis;
import org.resetlens.model.FuzzLoad;
import org.resetlens.testutil.FuzzCaptures;

/**
 * Coverage-guided fuzzing of the reset engine over arbitrary streams: small captures of TCP segments
 * with fuzzer flags, numbers, options and payloads (resets included), loaded through the model and
 * explained by the engine with payload messages.
 */
class ResetEngineFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void explain(FuzzedDataProvider d) {
        int port = d.pickValue(new int[] {445, 80, 21, 20, 443, 139, 8080, 22});
        Analysis a = FuzzLoad.load(FuzzCaptures.tcpConversation(d, 49152, port));
        ResetReport report = new ResetEngine(new PayloadMessages()).explain(ModelStreams.of(a));
        for (ResetExplanation r : report.resets()) {
            r.explanation().length();
        }
    }
}
