package org.resetlens.rst;

import java.util.List;

/**
 * Resets grouped by (cause, sender role, server port, host pair).
 *
 * @param hostA  the sender's address (for a middlebox: the address it used)
 * @param hostB  the peer's address
 * @param frames the resets' 1-based frame numbers
 * @param text   e.g. {@code 3 resets client 10.61.1.2 → server 10.61.2.2:445: request-timeout}
 */
public record ResetSummary(Cause cause, SenderRole sender, int serverPort, String hostA, String hostB, int count,
                           List<Integer> frames, String text) {
    public ResetSummary {
        frames = List.copyOf(frames);
    }
}
