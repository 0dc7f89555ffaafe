package org.resetlens.dissect;

/**
 * What the load-time analysis (package {@code model}) knows about a frame that a stateless
 * dissector cannot: TCP stream numbers, relative sequence numbers, analysis flags, UDP streams.
 * Dissectors call it at the point where Wireshark shows those fields. {@link #NONE} adds nothing.
 */
public interface FrameAnalysis {
    FrameAnalysis NONE = new FrameAnalysis() { };

    /** Adds {@code tcp.stream}, relative numbers, {@code tcp.analysis.*} etc. under the TCP node. */
    default void decorateTcp(int frame, Dissection dissection, TreeNode tcpNode) { }

    /** Adds {@code udp.stream} etc. under the UDP node. */
    default void decorateUdp(int frame, Dissection dissection, TreeNode udpNode) { }

    /** The numbers the TCP Info column shows, or null to show raw values without analysis. */
    default TcpInfoFacts tcpInfo(int frame) {
        return null;
    }

    /**
     * How the TCP payload of {@code frame} reaches the application layer after the load pass's
     * reassembly, or null to hand the segment's own payload to the port-registered dissector.
     */
    default TcpApp tcpApp(int frame) {
        return null;
    }

    /**
     * The frame that answers (for a request) or was answered by (for a response) the application
     * message with {@code key} (SMB2: the message id) in {@code frame}, or null when unknown.
     */
    default AppPeer appPeer(int frame, long key) {
        return null;
    }

    /**
     * The SMB2 file name Wireshark shows in Info for a command of {@code frame}: for a CREATE
     * response with message id {@code msgId}, the name its request asked for; otherwise the name
     * of the file the CREATE that returned FileId ({@code persistent}, {@code volatileId}) opened.
     * Null when unknown.
     */
    default String smb2FileName(int frame, long msgId, long persistent, long volatileId) {
        return null;
    }

    /**
     * The application data of one TCP frame.
     *
     * @param protocol the application dissector's name ("nbss", "http", "ftp", "ftp-data", "dns", "tls")
     * @param pdus     the PDUs that complete in this frame, in order; empty when the payload only
     *                 carries part of a PDU completed later
     */
    record TcpApp(String protocol, java.util.List<TcpPdu> pdus) { }

    /**
     * One application PDU: either a slice of the frame's own payload ({@code bytes} null,
     * {@code offset} relative to the TCP payload) or the reassembled bytes of several segments.
     */
    record TcpPdu(byte[] bytes, int offset, int length) { }

    /** The other half of a request/response pair: its frame (0-based) and the time between them. */
    record AppPeer(int frame, long deltaNanos) { }

    /**
     * @param prefix text Wireshark puts before the ports, e.g. {@code "[TCP Retransmission] "}, or ""
     * @param suffix text after the summary, e.g. {@code " [TCP segment of a reassembled PDU]"}, or ""
     */
    record TcpInfoFacts(long seq, long ack, long windowSize, String prefix, String suffix) { }
}
