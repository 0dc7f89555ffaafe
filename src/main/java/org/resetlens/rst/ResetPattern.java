package org.resetlens.rst;

import java.util.List;

/**
 * A repeated pattern: resets of one cause on one service, each followed by a new connection from the same
 * client that repeats the same opening exchange.
 *
 * @param opening the opening exchange repeated, e.g. {@code [SMB2 NEGOTIATE Request, SMB2 SESSION_SETUP Request]}
 * @param frames  the resets' 1-based frame numbers
 */
public record ResetPattern(Cause cause, SenderRole sender, String client, String server, int serverPort,
                           List<String> opening, int count, List<Integer> frames, String text) {
    public ResetPattern {
        opening = List.copyOf(opening);
        frames = List.copyOf(frames);
    }
}
