package org.resetlens.rst;

import java.util.List;

/** {@code no-context}: no handshake and fewer than two other packets in the stream. */
final class NoContextRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.NO_CONTEXT;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        boolean syn = c.x.firstSyn[0] >= 0 || c.x.firstSyn[1] >= 0;
        int others = c.x.n - 1;
        if (syn || others >= 2) return null;
        return new Verdict(Cause.NO_CONTEXT, Confidence.HIGH, -1, List.of(
                "no handshake in the stream", "only " + others + " other packet" + (others == 1 ? "" : "s")
                        + " in the stream: the capture holds too little to say"));
    }
}
