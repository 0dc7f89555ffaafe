package org.resetlens.dissect;

/** The LINKTYPE_* numbers of pcap/pcapng headers that ResetLens dissects. */
public final class LinkTypes {
    public static final int NULL = 0, ETHERNET = 1, RAW_ALT = 12, RAW = 101, LOOP = 108, LINUX_SLL = 113,
            IPV4 = 228, IPV6 = 229, LINUX_SLL2 = 276;

    private LinkTypes() { }

    /** Wireshark's name and WTAP_ENCAP number for a link type, as the frame tree shows it. */
    public static String encapsulationName(int linkType) {
        return switch (linkType) {
            case NULL, LOOP -> "NULL/Loopback";
            case ETHERNET -> "Ethernet";
            case RAW, RAW_ALT -> "Raw IP";
            case LINUX_SLL -> "Linux cooked-mode capture v1";
            case LINUX_SLL2 -> "Linux cooked-mode capture v2";
            case IPV4 -> "Raw IPv4";
            case IPV6 -> "Raw IPv6";
            default -> "Unknown (link type " + linkType + ")";
        };
    }

    /** Wireshark's WTAP_ENCAP_* number for a link type (frame.encap_type), or -1 when unknown. */
    public static int wtapEncap(int linkType) {
        return switch (linkType) {
            case NULL -> 15;
            case LOOP -> 15;
            case ETHERNET -> 1;
            case RAW, RAW_ALT -> 7;
            case LINUX_SLL -> 25;
            case LINUX_SLL2 -> 210;
            case IPV4 -> 129;
            case IPV6 -> 130;
            default -> -1;
        };
    }
}
