package org.resetlens.model;

import java.util.BitSet;

/**
 * Where the load pass's TCP reassembly found application PDUs: for each, the frame that completes
 * it, its stream, relative start sequence number and length (in completion order), plus the frames
 * that only carry part of a PDU, and each TCP stream's application dissector name. Immutable.
 */
final class AppPdus {
    final int[] endFrame;
    final int[] stream;
    final int[] start;
    final int[] length;
    private final BitSet partial;
    private final String[] protocols;

    AppPdus(int[] endFrame, int[] stream, int[] start, int[] length, BitSet partial, String[] protocols) {
        this.endFrame = endFrame;
        this.stream = stream;
        this.start = start;
        this.length = length;
        this.partial = partial;
        this.protocols = protocols;
    }

    static AppPdus empty() {
        return new AppPdus(new int[0], new int[0], new int[0], new int[0], new BitSet(), new String[0]);
    }

    /** The dissector name chosen for TCP stream {@code s}, or null. */
    String protocol(int s) {
        return s >= 0 && s < protocols.length ? protocols[s] : null;
    }

    boolean partial(int frame) {
        return partial.get(frame);
    }

    /** Index of the first PDU completed in {@code frame} (check {@code endFrame} for a match). */
    int firstAt(int frame) {
        int lo = 0, hi = endFrame.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (endFrame[mid] < frame) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
