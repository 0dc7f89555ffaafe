package org.resetlens.ui.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.FieldValue;
import org.resetlens.ui.backend.CaptureSession;

/**
 * Statistics › Protocol Hierarchy without a window: frames and bytes per protocol path, from each
 * frame's {@code frame.protocols} (dissects every frame, so it runs in the background).
 */
public final class ProtocolHierarchyModel {
    /** One node of the hierarchy: its depth (0 = below frame), protocol, frames and bytes. */
    public record Node(int depth, String protocol, long frames, long bytes) { }

    private ProtocolHierarchyModel() { }

    /**
     * Dissects every frame; {@code progress} gets the frames done every 256 frames.
     * Nodes come in tree order (children after their parent, in first-seen order).
     */
    public static List<Node> compute(CaptureSession session, IntConsumer progress) {
        Map<String, long[]> acc = new LinkedHashMap<>();
        int n = session.frames().size();
        for (int f = 0; f < n; f++) {
            if ((f & 0xff) == 0) progress.accept(f);
            Dissection d = session.dissect(f).orElse(null);
            if (d == null) continue;
            String chain = null;
            for (FieldValue v : d.allValues()) {
                if (v.field().abbrev().equals("frame.protocols")) {
                    chain = String.valueOf(v.value());
                    break;
                }
            }
            if (chain == null) continue;
            long len = session.frames().originalLength(f);
            StringBuilder path = new StringBuilder();
            for (String proto : chain.split(":")) {
                if (proto.equals("frame") || proto.equals("ethertype")) continue;
                if (path.length() > 0) path.append(':');
                path.append(proto);
                long[] a = acc.computeIfAbsent(path.toString(), k -> new long[2]);
                a[0]++;
                a[1] += len;
            }
        }
        progress.accept(n);
        List<String> paths = new ArrayList<>(acc.keySet());
        List<Node> out = new ArrayList<>();
        addChildren(out, paths, acc, "", 0);
        return out;
    }

    private static void addChildren(List<Node> out, List<String> paths, Map<String, long[]> acc, String parent,
                                    int depth) {
        for (String p : paths) {
            String prefix = parent.isEmpty() ? "" : parent + ":";
            if (!p.startsWith(prefix)) continue;
            String rest = p.substring(prefix.length());
            if (rest.isEmpty() || rest.contains(":")) continue;
            long[] a = acc.get(p);
            out.add(new Node(depth, rest, a[0], a[1]));
            addChildren(out, paths, acc, p, depth + 1);
        }
    }

    public static StatTable table(List<Node> nodes) {
        List<List<String>> rows = new ArrayList<>();
        for (Node x : nodes) {
            rows.add(List.of("  ".repeat(x.depth()) + x.protocol(), Long.toString(x.frames()), Long.toString(x.bytes())));
        }
        return new StatTable("Protocol Hierarchy", List.of("Protocol", "Frames", "Bytes"), rows);
    }
}
