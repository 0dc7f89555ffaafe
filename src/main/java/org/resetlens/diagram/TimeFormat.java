package org.resetlens.diagram;

/** How the time column reads, as Wireshark's View › Time Display Format. */
public enum TimeFormat {
    /** Time of day, UTC, microseconds. */
    ABSOLUTE,
    /** Seconds since the capture (or diagram) start. */
    RELATIVE,
    /** Seconds since the previous row shown. */
    DELTA
}
