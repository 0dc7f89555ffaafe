package org.resetlens.cli;

import org.resetlens.diagram.LadderInput;
import org.resetlens.diagram.StreamResets;
import org.resetlens.model.Analysis;

/**
 * Picks the reset whose trace-back the CLI ladder draws: the one at {@code --around} (or the first
 * after it), else the stream's first; and names the application messages on the rows.
 */
final class ResetHighlight {
    private ResetHighlight() { }

    static LadderInput apply(Analysis a, int stream, LadderInput in, Integer around) {
        StreamResets r = StreamResets.of(a, stream);
        return r.decorate(in, r.pick(around == null ? 0 : around));
    }
}
