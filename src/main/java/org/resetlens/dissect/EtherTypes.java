package org.resetlens.dissect;

/** Names of common ethertypes, as Wireshark's tree shows them ("Type: IPv4 (0x0800)"). */
final class EtherTypes {
    private EtherTypes() { }

    static String name(int t) {
        return switch (t) {
            case 0x0800 -> "IPv4";
            case 0x0806 -> "ARP";
            case 0x8035 -> "RARP";
            case 0x86dd -> "IPv6";
            case 0x8100 -> "802.1Q Virtual LAN";
            case 0x88a8 -> "802.1ad Provider Bridge (Q-in-Q)";
            case 0x9100 -> "QinQ: old non-standard 802.1ad";
            case 0x8863 -> "PPPoE Discovery";
            case 0x8864 -> "PPPoE Session";
            case 0x88cc -> "802.1 Link Layer Discovery Protocol (LLDP)";
            case 0x9000 -> "Configuration Test Protocol (loopback)";
            case 0x8137 -> "Netware IPX/SPX";
            case 0x888e -> "802.1X Authentication";
            default -> "Unknown";
        };
    }
}
