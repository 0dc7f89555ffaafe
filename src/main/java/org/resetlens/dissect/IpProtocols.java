package org.resetlens.dissect;

/** Names of IP protocol numbers as Wireshark shows them ("Protocol: TCP (6)"). */
final class IpProtocols {
    private IpProtocols() { }

    static String name(int proto) {
        return switch (proto) {
            case 0 -> "IPv6 Hop-by-Hop Option";
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 4 -> "IPIP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 41 -> "IPv6";
            case 43 -> "Routing Header for IPv6";
            case 44 -> "Fragment Header for IPv6";
            case 47 -> "GRE";
            case 50 -> "ESP";
            case 51 -> "AH";
            case 58 -> "ICMPv6";
            case 59 -> "IPv6 No Next Header";
            case 60 -> "Destination Options for IPv6";
            case 89 -> "OSPF IGP";
            case 103 -> "PIM";
            case 112 -> "VRRP";
            case 132 -> "SCTP";
            default -> "Unknown";
        };
    }
}
