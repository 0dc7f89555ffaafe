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

    /**
     * {@code nanos} in seconds with {@code decimals} places (0–9), rounded half away from zero: what
     * {@code String.format(Locale.ROOT, "%.Nf", nanos / 1e9)} prints, from the exact integer and
     * without the Formatter's per-call cost.
     */
    public static String seconds(long nanos, int decimals) {
        return scaled(nanos, 9, decimals);
    }

    /** {@code nanos} in milliseconds with {@code decimals} places (0–6), as {@code "%.Nf"} of nanos / 1e6. */
    public static String millis(long nanos, int decimals) {
        return scaled(nanos, 6, decimals);
    }

    private static String scaled(long nanos, int unitDigits, int decimals) {
        if (decimals < 0 || decimals > unitDigits) throw new IllegalArgumentException("decimals " + decimals);
        boolean negative = nanos < 0;
        long abs = negative ? -nanos : nanos;
        long drop = POWERS[unitDigits - decimals];
        long rounded = abs / drop + (abs % drop * 2 >= drop ? 1 : 0);
        long unit = POWERS[decimals];
        StringBuilder sb = new StringBuilder(24);
        if (negative) sb.append('-');
        sb.append(rounded / unit);
        if (decimals == 0) return sb.toString();
        sb.append('.');
        String f = Long.toString(rounded % unit);
        for (int i = f.length(); i < decimals; i++) sb.append('0');
        return sb.append(f).toString();
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L};
}
