package org.resetlens.dissect;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.resetlens.capture.ByteSource;
import org.resetlens.capture.CaptureInterface;
import org.resetlens.capture.FrameIndex;
import org.resetlens.capture.HeapByteSource;

/**
 * Coverage-guided fuzzing of every dissector reachable from a link type: one frame of fuzzer bytes
 * (possibly snaplen-cut) over a {@link HeapByteSource} index, dissected with and without labels,
 * and decoded by the load pass's {@link PacketSummary}. A dissector may call the bytes malformed;
 * it may not die ({@link Dissection#failure()}).
 */
class DissectorsFuzzTest {
    private static final int[] LINK_TYPES = {LinkTypes.ETHERNET, LinkTypes.RAW, LinkTypes.RAW_ALT, LinkTypes.IPV4,
        LinkTypes.IPV6, LinkTypes.LINUX_SLL, LinkTypes.LINUX_SLL2, LinkTypes.NULL, LinkTypes.LOOP, 14, 147};
    private static final Dissectors DISSECTORS = Dissectors.standard();

    @FuzzTest(maxDuration = "2m")
    void dissect(FuzzedDataProvider d) {
        int linkType = d.pickValue(LINK_TYPES);
        int extra = d.consumeBoolean() ? 0 : d.consumeInt(0, 70000);
        boolean labels = d.consumeBoolean();
        byte[] bytes = d.consumeRemainingAsBytes();
        FrameIndex idx = new FrameIndex(new HeapByteSource(bytes));
        idx.setInterfaces(List.of(interfaceOf(linkType)));
        idx.add(0, bytes.length, bytes.length + extra, 1_600_000_000_000_000_000L, 0);
        check(DISSECTORS.dissect(idx, 0, FrameAnalysis.NONE, new Dissectors.Options(labels, true, -2)));
        check(DISSECTORS.dissect(bytes, linkType, FrameAnalysis.NONE));
        ByteSource src = idx.source();
        new PacketSummary().decode(src, 0, bytes.length, linkType);
    }

    static CaptureInterface interfaceOf(int linkType) {
        return new CaptureInterface(0, linkType, 262144, "fuzz", "", 1_000_000_000L, 0);
    }

    /** Rethrows what killed a dissector, so the fuzzer reports it with its stack. */
    static void check(Dissection d) {
        Throwable t = d.failure();
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        List<String> names = d.allValues().stream().map(v -> v.field().abbrev()).distinct().toList();
        FieldColumns columns = FieldColumns.resolve(DISSECTORS.registry(), names, new java.util.ArrayList<>());
        if (columns != null) columns.appendLine(new StringBuilder(), d);
    }
}
