package org.resetlens.model;

/**
 * One TCP stream ({@code tcp.stream}) as the Conversations view and the reset engine see it. The
 * client is the SYN sender, else the first sender; "first" is endpoint A of tshark's conversation
 * table (the sender of the stream's first packet). Times are nanoseconds; -1 means unknown.
 *
 * @param firstSenderIsClient whether the first packet came from the client
 * @param clientIsn           raw initial sequence number of the client (-1 without its SYN)
 * @param startNanos          first packet, relative to the capture's first frame
 * @param handshakeRttNanos   Wireshark's iRTT (SYN to the ACK of the SYN-ACK), -1 when not seen
 * @param clientWindowShift   window scale shift from the client's SYN, -1 when absent
 * @param close               how the stream ended
 * @param closedBy            who sent the first RST (for {@link CloseType#RST}) or the first FIN
 * @param completeness        Wireshark's {@code tcp.completeness} bit mask
 * @param zeekState           Zeek's {@code conn_state} relative to the client
 * @param app                 the application protocol, "" until the application layer names it
 * @param unanswered          application requests without a response (0 until that layer runs)
 * @param serverSentSynAck    whether the server sent a SYN/ACK (without RST)
 * @param carriedData         whether a segment without RST carried payload, either way
 */
public record TcpConversation(int stream, int ipVersion, String clientAddress, int clientPort,
                              String serverAddress, int serverPort, boolean firstSenderIsClient,
                              long clientIsn, long serverIsn,
                              long packetsClientToServer, long bytesClientToServer,
                              long packetsServerToClient, long bytesServerToClient,
                              int firstFrame, int lastFrame, long startNanos, long durationNanos,
                              long handshakeRttNanos, int clientMss, int serverMss,
                              int clientWindowShift, int serverWindowShift,
                              CloseType close, Role closedBy, int clientFinFrame, int serverFinFrame,
                              int clientResets, int serverResets, int firstResetFrame,
                              int completeness, boolean reusedPorts, String zeekState, String app,
                              int unanswered, boolean serverSentSynAck, boolean carriedData) {

    /** How a stream ended: a reset was seen, else a FIN, else it is still open. */
    public enum CloseType {
        FIN, RST, OPEN;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A side of a stream. */
    public enum Role { CLIENT, SERVER, NONE }

    public long packets() {
        return packetsClientToServer + packetsServerToClient;
    }

    public long bytes() {
        return bytesClientToServer + bytesServerToClient;
    }

    public int resets() {
        return clientResets + serverResets;
    }

    public String clientEndpoint() {
        return endpoint(clientAddress, clientPort, ipVersion);
    }

    public String serverEndpoint() {
        return endpoint(serverAddress, serverPort, ipVersion);
    }

    static String endpoint(String address, int port, int ipVersion) {
        return address + ":" + port;
    }
}
