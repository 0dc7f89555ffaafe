package org.resetlens.diagram;

/** The packet labels and kinds the ladder uses, from TCP header facts (as Wireshark's Info column writes them). */
public final class Labels {
    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10, URG = 0x20, ECE = 0x40,
            CWR = 0x80, AE = 0x100;
    private static final int[] BITS = {FIN, SYN, RST, PSH, ACK, URG, ECE, CWR, AE};
    private static final String[] NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private Labels() { }

    /** {@code [PSH, ACK] Seq=1 Ack=1 Len=106}; Ack only when the ACK flag is set. */
    public static String tcp(int flags, long seq, long ack, int len) {
        StringBuilder sb = new StringBuilder(40).append('[');
        boolean first = true;
        for (int i = 0; i < BITS.length; i++) {
            if ((flags & BITS[i]) == 0) continue;
            if (!first) sb.append(", ");
            sb.append(NAMES[i]);
            first = false;
        }
        if (first) sb.append("<None>");
        sb.append("] Seq=").append(seq);
        if ((flags & ACK) != 0) sb.append(" Ack=").append(ack);
        return sb.append(" Len=").append(len).toString();
    }

    /** The colour kind: RST, then SYN, FIN, retransmission, data, bare ACK. */
    public static EventKind kind(int flags, int len, boolean retransmission) {
        if ((flags & RST) != 0) return EventKind.RST;
        if ((flags & SYN) != 0) return EventKind.SYN;
        if ((flags & FIN) != 0) return EventKind.FIN;
        if (retransmission) return EventKind.RETRANSMISSION;
        if (len > 0) return EventKind.DATA;
        if ((flags & ACK) != 0) return EventKind.ACK;
        return EventKind.OTHER;
    }
}
