package org.resetlens.rst;

/** One evidence rule of rst-causes.md: claims a reset for its cause, or returns null when its evidence is absent. */
interface Rule {
    Cause cause();

    Verdict evaluate(ResetContext c);
}
