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
     * @param prefix text Wireshark puts before the ports, e.g. {@code "[TCP Retransmission] "}, or ""
     * @param suffix text after the summary, e.g. {@code " [TCP segment of a reassembled PDU]"}, or ""
     */
    record TcpInfoFacts(long seq, long ack, long windowSize, String prefix, String suffix) { }
}
