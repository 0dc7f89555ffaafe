package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of the packet details tree: a protocol, a field, or text. {@code value} is the field
 * occurrence it shows (null for pure text lines); {@code offset}/{@code length} are the bytes it
 * highlights; {@code linkedFrame} is a 0-based frame to jump to ("[ACK of frame 12]"), or -1.
 */
public final class TreeNode {
    private final String label;
    private final FieldValue value;
    private final int offset;
    private final int length;
    private final int linkedFrame;
    private final List<TreeNode> children = new ArrayList<>();

    public TreeNode(String label, FieldValue value, int offset, int length, int linkedFrame) {
        this.label = label;
        this.value = value;
        this.offset = offset;
        this.length = length;
        this.linkedFrame = linkedFrame;
    }

    public TreeNode add(TreeNode child) {
        children.add(child);
        return child;
    }

    public String label() {
        return label;
    }

    public FieldValue value() {
        return value;
    }

    public int offset() {
        return offset;
    }

    public int length() {
        return length;
    }

    public int linkedFrame() {
        return linkedFrame;
    }

    public List<TreeNode> children() {
        return children;
    }
}
