package org.resetlens.ui.details;

import java.util.ArrayList;
import java.util.List;
import org.resetlens.dissect.TreeNode;

/** Queries over a details tree that link it to the bytes pane. */
public final class TreeNodes {
    private TreeNodes() { }

    /**
     * The path from a root to the deepest node whose byte range covers {@code offset} (ties go to
     * the first in tree order); empty when no node covers it. Nodes without bytes are skipped.
     */
    public static List<TreeNode> deepestCovering(List<TreeNode> roots, int offset) {
        List<TreeNode> best = new ArrayList<>();
        for (TreeNode root : roots) {
            List<TreeNode> path = new ArrayList<>();
            if (descend(root, offset, path) && path.size() > best.size()) best = path;
        }
        return best;
    }

    private static boolean descend(TreeNode node, int offset, List<TreeNode> path) {
        if (!covers(node, offset)) return false;
        path.add(node);
        for (TreeNode child : node.children()) {
            List<TreeNode> sub = new ArrayList<>();
            if (descend(child, offset, sub)) {
                path.addAll(sub);
                return true;
            }
        }
        return true;
    }

    static boolean covers(TreeNode n, int offset) {
        return n.length() > 0 && n.offset() >= 0 && offset >= n.offset() && offset < n.offset() + n.length();
    }
}
