package org.resetlens.filter;

import org.resetlens.core.CancelToken;

/** A {@link Filter} bound to one capture's columns and dissected fields. Not thread-safe. */
public final class FilterMatcher {
    private final Plan plan;
    private final FrameTest test;
    private final Evaluation evaluation;

    FilterMatcher(Plan plan, Evaluation evaluation) {
        this.plan = plan;
        this.test = plan.test();
        this.evaluation = evaluation;
    }

    /** True when frame {@code frame} (0-based) passes the filter. */
    public boolean matches(int frame) {
        return test.test(evaluation, frame);
    }

    /**
     * The 0-based frames below {@code frameCount} that pass, ascending; stops early when cancelled.
     * Runs a block of frames at a time ({@link BulkSelect}): tests on bound columns are one loop each.
     */
    public int[] select(int frameCount, CancelToken cancel) {
        return new BulkSelect(plan, evaluation).select(frameCount, cancel);
    }
}
