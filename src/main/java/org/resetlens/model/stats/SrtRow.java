package org.resetlens.model.stats;

/**
 * Service response time of one command: calls, and min/max/sum in nanoseconds.
 *
 * @param index   the command's opcode (SMB2) or command code (SMB)
 * @param command the MS-SMB2 name ("CREATE")
 * @param name    the name tshark's table prints ("Create")
 */
public record SrtRow(int index, String command, String name, long calls, long minNanos, long maxNanos, long sumNanos) {
    public double min() {
        return minNanos / 1e9;
    }

    public double max() {
        return maxNanos / 1e9;
    }

    public double sum() {
        return sumNanos / 1e9;
    }

    public double avg() {
        return calls == 0 ? 0 : (double) sumNanos / calls / 1e9;
    }
}
