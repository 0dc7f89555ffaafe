package org.resetlens.capture;

/** The container format of a capture file, as detected from its magic number. */
public enum CaptureFormat {
    PCAP, PCAP_NANO, PCAPNG,
    /** Nothing could be read: a missing, unreadable or unrecognised file. */
    UNKNOWN;

    public String displayName() {
        return switch (this) {
            case PCAP -> "Wireshark/tcpdump/... - pcap";
            case PCAP_NANO -> "Wireshark/tcpdump/... - nanosecond pcap";
            case PCAPNG -> "Wireshark/... - pcapng";
            case UNKNOWN -> "unknown";
        };
    }
}
