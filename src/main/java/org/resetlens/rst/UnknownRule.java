package org.resetlens.rst;

import java.util.List;

/** {@code unknown}: no rule's evidence is present; the trigger is a best guess, the last segment from P. */
final class UnknownRule implements Rule {
    @Override
    public Cause cause() {
        return Cause.UNKNOWN;
    }

    @Override
    public Verdict evaluate(ResetContext c) {
        return new Verdict(Cause.UNKNOWN, Confidence.LOW, c.t, List.of(
                "none of the rules' evidence is present",
                c.t >= 0 ? "best guess: the last segment from P, frame " + c.frameNo(c.t) : "P sent nothing before R"));
    }
}
