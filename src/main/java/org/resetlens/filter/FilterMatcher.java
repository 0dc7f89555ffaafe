package org.resetlens.filter;

import java.util.Arrays;
import org.resetlens.core.CancelToken;

/** A {@link Filter} bound to one capture's columns and dissected fields. Not thread-safe. */
public final class FilterMatcher {
    private final FrameTest test;
    private final Evaluation evaluation;

    FilterMatcher(FrameTest test, Evaluation evaluation) {
        this.test = test;
        this.evaluation = evaluation;
    }

    /** True when frame {@code frame} (0-based) passes the filter. */
    public boolean matches(int frame) {
        return test.test(evaluation, frame);
    }

    /** The 0-based frames below {@code frameCount} that pass, ascending; stops early when cancelled. */
    public int[] select(int frameCount, CancelToken cancel) {
        int[] out = new int[Math.min(frameCount, 1024)];
        int n = 0;
        for (int f = 0; f < frameCount; f++) {
            if ((f & 0xfff) == 0 && cancel != null && cancel.isCancelled()) break;
            if (test.test(evaluation, f)) {
                if (n == out.length) out = Arrays.copyOf(out, Math.max(16, out.length * 2));
                out[n++] = f;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
