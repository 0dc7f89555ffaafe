package org.resetlens.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.resetlens.core.CancelToken;
import org.resetlens.core.Diagnostic;
import org.resetlens.core.Progress;
import org.resetlens.testutil.Shared;

/** Every pcap/pcapng corpus capture loads with the packet count of MANIFEST.tsv; the other formats give one error. */
class CorpusCountTest {

    @TestFactory
    Stream<DynamicTest> packetCountsMatchManifest() {
        return Shared.corpus().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            try (Capture c = CaptureReader.read(e.path(), FrameListener.NONE, CancelToken.none(), Progress.NONE)) {
                assertTrue(c.complete());
                List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
                if (e.tsharkReads()) {
                    assertEquals(e.packets(), c.frames().size(), "packets");
                    assertTrue(errors.isEmpty(), () -> "unexpected " + errors);
                    assertFalse(c.frames().interfaces().isEmpty());
                } else {
                    // .ntar (early draft) and NetMon: not pcap/pcapng, nothing loads
                    assertEquals(0, c.frames().size());
                    assertEquals(1, c.diagnostics().size(), () -> "diagnostics " + c.diagnostics());
                    assertEquals(1, errors.size());
                }
            }
        }));
    }
}
