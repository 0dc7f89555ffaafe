package org.resetlens.model;

import org.resetlens.capture.ByteSource;

/**
 * Receives every TCP segment that carries payload during the load pass, in file order, after its
 * sequence analysis: the hook through which application dissectors reassemble messages and pair
 * requests with responses per stream without a second pass.
 */
@FunctionalInterface
public interface TcpSegmentListener {
    /**
     * @param frame         0-based frame
     * @param stream        {@code tcp.stream}
     * @param fromB         true when sent by the stream's second endpoint (B → A)
     * @param relSeq        relative sequence number of the first payload byte
     * @param analysisFlags the segment's {@link TcpAnalysisFlags} (retransmissions may be skipped)
     * @param source        the capture bytes
     * @param offset        absolute offset of the payload in {@code source}
     * @param length        captured payload bytes (may be less than {@code tcp.len} in a cut frame)
     */
    void onSegment(int frame, int stream, boolean fromB, long relSeq, int analysisFlags, ByteSource source,
                   long offset, int length);
}
