package org.resetlens.core;

/** Formats nanosecond timestamps and durations the way tshark prints them. */
public final class Timestamps {
    private Timestamps() { }

    /** Seconds with exactly nine decimals, as tshark prints frame.time_epoch and relative times. */
    public static String seconds9(long nanos) {
        boolean negative = nanos < 0;
        long abs = Math.abs(nanos);
        long secs = abs / 1_000_000_000L;
        long frac = abs % 1_000_000_000L;
        StringBuilder sb = new StringBuilder(24);
        if (negative) sb.append('-');
        sb.append(secs).append('.');
        String f = Long.toString(frac);
        for (int i = f.length(); i < 9; i++) sb.append('0');
        return sb.append(f).toString();
    }
}
