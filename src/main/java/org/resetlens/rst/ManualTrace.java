package org.resetlens.rst;

import java.util.List;

/**
 * The manual method for one reset, scoped to its stream and on raw numbers: the display filter (valid in
 * Wireshark with relative sequence numbers turned off) and the frames it matches, computed here.
 *
 * @param number the number traced: R.ack, or R.seq for a reset without the ACK bit
 * @param frames 1-based frame numbers matched, ascending (at most {@link #LIMIT})
 * @param total  how many frames match in all
 */
public record ManualTrace(int stream, long number, String filter, List<Integer> frames, int total) {
    public static final int LIMIT = 1000;

    public ManualTrace {
        frames = List.copyOf(frames);
    }

    static String filterFor(int stream, long n) {
        return "tcp.stream eq " + stream + " && (tcp.nxtseq eq " + n + " || tcp.ack eq " + n + " || tcp.seq eq " + n + ")";
    }
}
