package org.resetlens.ui.packets;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.resetlens.core.Timestamps;

/** Wireshark's View > Time Display Format choices, with how each prints a frame's time. */
public enum TimeFormat {
    SINCE_BEGINNING("Seconds Since Beginning of Capture"),
    SINCE_PREVIOUS_DISPLAYED("Seconds Since Previous Displayed Packet"),
    ABSOLUTE_DATE_TIME("Date and Time of Day"),
    UTC_DATE_TIME("UTC Date and Time of Day"),
    EPOCH("Seconds Since Epoch (1970-01-01)");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String label;

    TimeFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Formats a time in nanoseconds since the epoch.
     *
     * @param first    time of the capture's first frame
     * @param previous time of the previous displayed frame (the frame itself when it is the first)
     * @param zone     the local zone for {@link #ABSOLUTE_DATE_TIME}
     */
    public String format(long time, long first, long previous, ZoneId zone) {
        return switch (this) {
            case SINCE_BEGINNING -> micros(time - first);
            case SINCE_PREVIOUS_DISPLAYED -> micros(time - previous);
            case ABSOLUTE_DATE_TIME -> dateTime(time, zone);
            case UTC_DATE_TIME -> dateTime(time, ZoneOffset.UTC);
            case EPOCH -> Timestamps.seconds9(time);
        };
    }

    /** Seconds with six decimals, as Wireshark's default column precision for microsecond captures. */
    static String micros(long nanos) {
        String s = Timestamps.seconds9(nanos);
        return s.substring(0, s.length() - 3);
    }

    private static String dateTime(long nanos, ZoneId zone) {
        Instant t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        String frac = String.format("%09d", t.getNano()).substring(0, 6);
        return DATE_TIME.format(t.atZone(zone)) + "." + frac;
    }
}
