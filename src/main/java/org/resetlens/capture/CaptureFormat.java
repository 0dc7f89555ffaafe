package org.resetlens.capture;

/** The container format of a capture file, as detected from its magic number. */
public enum CaptureFormat {
    PCAP, PCAP_NANO, PCAPNG;

    public String displayName() {
        return switch (this) {
            case PCAP -> "Wireshark/tcpdump/... - pcap";
            case PCAP_NANO -> "Wireshark/tcpdump/... - nanosecond pcap";
            case PCAPNG -> "Wireshark/... - pcapng";
        };
    }
}
