package org.resetlens.cli;

import org.resetlens.diagram.LadderInput;
import org.resetlens.model.Analysis;

/**
 * Picks the reset whose trace-back the CLI ladder draws: the one at {@code --around} if it is a reset,
 * else the stream's first. Until the reset engine ({@code rst}) is merged, resets are drawn in red
 * without a trace-back.
 */
final class ResetHighlight {
    private ResetHighlight() { }

    static LadderInput apply(Analysis a, LadderInput in, Integer around) {
        return in;
    }
}
