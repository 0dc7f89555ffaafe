package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dispatch table from an integer key (an ethertype, an IP protocol number, a port, a link type)
 * to a dissector, plus heuristic dissectors tried in order when no key matches. Filled at start-up
 * by {@link Dissectors}; read-only afterwards.
 */
public final class DissectorTable {
    private final String name;
    private final Map<Integer, Dissector> byKey = new HashMap<>();
    private final List<Dissector> heuristics = new ArrayList<>();

    public DissectorTable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public DissectorTable add(int key, Dissector d) {
        byKey.put(key, d);
        return this;
    }

    public DissectorTable addHeuristic(Dissector d) {
        heuristics.add(d);
        return this;
    }

    /** The dissector registered for {@code key}, or null. */
    public Dissector get(int key) {
        return byKey.get(key);
    }

    /**
     * Runs the dissector for {@code key} (then the heuristics) on {@code [offset, end)}; returns the
     * bytes consumed or -1 when nothing took the data.
     */
    public int dispatch(int key, Packet p, int offset, int end, TreeNode parent) {
        Dissector d = byKey.get(key);
        if (d != null) {
            int n = run(d, p, offset, end, parent);
            if (n >= 0) return n;
        }
        return tryHeuristics(p, offset, end, parent);
    }

    /** Like {@link #dispatch} but for two candidate keys (ports), the lower one first as Wireshark does. */
    public int dispatchPorts(int portA, int portB, Packet p, int offset, int end, TreeNode parent) {
        int low = Math.min(portA, portB), high = Math.max(portA, portB);
        Dissector d = byKey.get(low);
        if (d != null) {
            int n = run(d, p, offset, end, parent);
            if (n >= 0) return n;
        }
        d = byKey.get(high);
        if (d != null && high != low) {
            int n = run(d, p, offset, end, parent);
            if (n >= 0) return n;
        }
        return tryHeuristics(p, offset, end, parent);
    }

    public int tryHeuristics(Packet p, int offset, int end, TreeNode parent) {
        for (Dissector h : heuristics) {
            int n = run(h, p, offset, end, parent);
            if (n >= 0) return n;
        }
        return -1;
    }

    /**
     * Runs one dissector one protocol layer deeper. Past {@link Packet#MAX_LAYERS} nested layers
     * (IP in IP in IP..., which hostile bytes can repeat thousands of times) the rest of the frame is
     * left undissected and the frame is Malformed, so recursion stays bounded.
     */
    private static int run(Dissector d, Packet p, int offset, int end, TreeNode parent) {
        if (!p.enterLayer()) {
            p.dissection().markMalformed();
            p.appendInfo(" [Malformed Packet]");
            p.dissection().addRoot(new TreeNode("[Malformed Packet: more than " + Packet.MAX_LAYERS
                    + " nested protocol layers]", null, offset, Math.max(0, Math.min(end, p.captured()) - offset), -1));
            return Math.max(0, end - offset);
        }
        try {
            return d.dissect(p, offset, end, parent);
        } finally {
            p.exitLayer();
        }
    }
}
