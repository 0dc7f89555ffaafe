package org.resetlens.rst;

/**
 * The packets of one TCP stream in capture order, with the few facts the reset engine reads.
 * Indices are 0-based positions within the stream; {@link #frame(int)} maps them to the capture's
 * 0-based frame index (Wireshark's frame number minus one). Sequence numbers are raw 32-bit values.
 */
public interface StreamView {
    int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

    /** Analysis bits, as Wireshark's {@code tcp.analysis.*} flags. */
    int A_RETRANSMISSION = 1, A_KEEP_ALIVE = 2, A_ZERO_WINDOW = 4, A_ZERO_WINDOW_PROBE = 8, A_DUP_ACK = 16,
            A_KEEP_ALIVE_ACK = 32, A_OUT_OF_ORDER = 64, A_FAST_RETRANSMISSION = 128, A_SPURIOUS_RETRANSMISSION = 256;

    /** Wireshark's {@code tcp.stream}. */
    int stream();

    int size();

    /** The capture's 0-based frame index of packet {@code i}. */
    int frame(int i);

    long timeNanos(int i);

    /** True when packet {@code i} goes from the client (the SYN sender, else the first sender) to the server. */
    boolean fromClient(int i);

    /** The TCP flag bits ({@link #FIN}, {@link #SYN}, {@link #RST}, {@link #PSH}, {@link #ACK} ...). */
    int flags(int i);

    /** Raw sequence number, 0 .. 2^32-1. */
    long seq(int i);

    /** Raw acknowledgment number field (meaningful only with the ACK flag). */
    long ack(int i);

    /** TCP payload length ({@code tcp.len}). */
    int len(int i);

    /** IP TTL or IPv6 hop limit. */
    int ttl(int i);

    /** IPv4 identification, or -1 for IPv6. */
    int ipId(int i);

    /** The window field as sent (unscaled). */
    int window(int i);

    /** {@code tcp.analysis.*} bits ({@link #A_RETRANSMISSION} ...), 0 when none. */
    int analysis(int i);

    String clientAddress();

    String serverAddress();

    int clientPort();

    int serverPort();

    /** The TCP payload of packet {@code i}, or an empty array when it is not available. */
    default byte[] payload(int i) {
        return new byte[0];
    }

    /** True when any packet of the stream has RST set. */
    default boolean hasReset() {
        for (int i = 0; i < size(); i++) if (has(i, RST)) return true;
        return false;
    }

    /** How many payload bytes of packet {@code i} {@link #payload} would return, without copying them. */
    default int payloadLength(int i) {
        return payload(i).length;
    }

    /** Raw {@code tcp.nxtseq}: seq + len, plus one for SYN and for FIN, modulo 2^32. */
    default long nxtseq(int i) {
        int f = flags(i);
        long n = seq(i) + len(i) + ((f & SYN) != 0 ? 1 : 0) + ((f & FIN) != 0 ? 1 : 0);
        return n & 0xffffffffL;
    }

    default boolean has(int i, int flag) {
        return (flags(i) & flag) != 0;
    }
}
