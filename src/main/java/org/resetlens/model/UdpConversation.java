package org.resetlens.model;

/**
 * One UDP stream ({@code udp.stream}) as tshark's {@code -z conv,udp} counts it: A is the sender of
 * its first packet; bytes are frame lengths; times are nanoseconds relative to the capture's first frame.
 */
public record UdpConversation(int stream, int ipVersion, String addressA, int portA, String addressB, int portB,
                              long packetsAtoB, long bytesAtoB, long packetsBtoA, long bytesBtoA,
                              int firstFrame, int lastFrame, long startNanos, long durationNanos) {

    public long packets() {
        return packetsAtoB + packetsBtoA;
    }

    public long bytes() {
        return bytesAtoB + bytesBtoA;
    }
}
