package org.resetlens.model;

/**
 * Everything the load pass tracks for one TCP stream (Wireshark's {@code tcp_analysis} plus the
 * conversation counters). Flow 0 is the direction of the stream's first packet (endpoint A → B).
 */
final class TcpStreamState {
    static final int COMPLETE_SYN = 1, COMPLETE_SYNACK = 2, COMPLETE_ACK = 4, COMPLETE_DATA = 8,
            COMPLETE_FIN = 16, COMPLETE_RST = 32;

    final int id;
    final TcpFlow[] flows = {new TcpFlow(), new TcpFlow()};
    /** Whether endpoint A is the canonical first endpoint of the {@link EndpointTable} key. */
    final boolean aIsFirstKey;
    final int ipVersion;
    final byte[] addrA;
    final byte[] addrB;
    final int portA;
    final int portB;
    final int firstFrame;
    final long tsFirst;
    long tsPrev;
    int lastFrame;
    int completeness;
    /** The completeness bits tshark's second pass adds for the first frame of a new stream. */
    int firstFrameCompleteness;
    long tsMruSyn;
    long firstRtt;

    /** Flow index of the client (SYN sender), -1 until known. */
    int clientFlow = -1;
    boolean reusedPorts;

    TcpStreamState(int id, boolean aIsFirstKey, int ipVersion, byte[] src, byte[] dst, int srcPort, int dstPort,
                   int frame, long time) {
        this.id = id;
        this.aIsFirstKey = aIsFirstKey;
        this.ipVersion = ipVersion;
        int n = ipVersion == 6 ? 16 : 4;
        this.addrA = java.util.Arrays.copyOf(src, n);
        this.addrB = java.util.Arrays.copyOf(dst, n);
        this.portA = srcPort;
        this.portB = dstPort;
        this.firstFrame = frame;
        this.tsFirst = time;
        this.tsPrev = time;
        this.lastFrame = -1;
    }
}
