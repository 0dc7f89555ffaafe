package org.resetlens.dissect;

/**
 * One protocol's dissector. It reads the frame bytes in {@code [offset, end)} (end is where the
 * protocol's data ends by the enclosing length fields; fewer bytes may have been captured), adds
 * its protocol node and fields through the {@link Packet}, and hands its payload on through the
 * dissector tables.
 */
public interface Dissector {

    /**
     * @param parent the node to hang the protocol under, or null for a top-level protocol
     * @return the number of bytes this protocol (with its payload) covers, or -1 to reject the data
     *         (heuristic dissectors) without having added anything
     */
    int dissect(Packet p, int offset, int end, TreeNode parent);
}
