package org.resetlens.diagram;

/** One horizontal slot of the ladder: a packet (or message) arrow, or a break (silence, rows left out). */
public sealed interface Row permits ArrowRow, BreakRow {
    /** Top of the row. */
    double y();

    double height();
}
