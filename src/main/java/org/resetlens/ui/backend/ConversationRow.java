package org.resetlens.ui.backend;

/**
 * One TCP or UDP conversation as the Conversations window lists it; A is the client (SYN sender,
 * else first sender). Times are nanoseconds relative to the first frame of the capture.
 *
 * @param closeType how it ended ("FIN by client", "RST by server", "open"...); "" for UDP
 * @param zeekState Zeek's conn_state (REJ, RSTO, SF...); "" when unknown
 * @param unanswered application requests that got no response
 */
public record ConversationRow(Transport transport, int stream, String addressA, int portA, String addressB,
                              int portB, long packetsAtoB, long bytesAtoB, long packetsBtoA, long bytesBtoA,
                              long startNanos, long durationNanos, String closeType, int resets, String zeekState,
                              int unanswered) {

    /** The transport protocol of a conversation. */
    public enum Transport { TCP, UDP }

    public long packets() {
        return packetsAtoB + packetsBtoA;
    }

    public long bytes() {
        return bytesAtoB + bytesBtoA;
    }

    /** The display filter that shows exactly this conversation. */
    public String filter() {
        return (transport == Transport.TCP ? "tcp.stream eq " : "udp.stream eq ") + stream;
    }
}
