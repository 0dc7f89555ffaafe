package org.resetlens.rst;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups resets by (cause, sender role, server port, host pair), largest group first. */
final class Summaries {
    private Summaries() { }

    private static void add(Map<List<Object>, List<ResetExplanation>> groups, ResetExplanation r) {
        groups.computeIfAbsent(List.of(r.cause(), r.sender(), r.serverPort(), r.senderAddress(), r.peerAddress()),
                k -> new ArrayList<>()).add(r);
    }

    static List<ResetSummary> group(List<ResetExplanation> resets) {
        Map<List<Object>, List<ResetExplanation>> groups = new LinkedHashMap<>();
        for (ResetExplanation r : resets) add(groups, r); // a call each: a long loop body would stay interpreted
        List<ResetSummary> out = new ArrayList<>();
        for (List<ResetExplanation> g : groups.values()) {
            ResetExplanation f = g.get(0);
            List<Integer> frames = g.stream().map(ResetExplanation::frame).toList();
            String peerRole = f.sender().endpoint().equals("client") ? "server" : "client";
            String text = g.size() + (g.size() == 1 ? " reset " : " resets ") + f.sender().id() + " " + f.senderAddress()
                    + " → " + peerRole + " " + f.peerAddress() + " (server port " + f.serverPort() + "): "
                    + f.cause().id() + (f.benign() ? " (benign)" : "");
            out.add(new ResetSummary(f.cause(), f.sender(), f.serverPort(), f.senderAddress(), f.peerAddress(), g.size(),
                    frames, text));
        }
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }
}
