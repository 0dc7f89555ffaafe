package org.resetlens.dissect;

import java.util.ArrayList;
import java.util.List;

/**
 * The full dissection of one frame: the details tree, every field occurrence in tree order (what
 * filters and {@code packets -e} read), and the Protocol and Info column texts.
 */
public final class Dissection {
    private final int frame;
    private final byte[] bytes;
    private final List<TreeNode> roots = new ArrayList<>();
    private final List<FieldValue> values = new ArrayList<>();
    private String protocolColumn = "";
    private String infoColumn = "";
    private String sourceColumn = "";
    private String destinationColumn = "";
    private boolean malformed;
    private Throwable failure;

    public Dissection(int frame, byte[] bytes) {
        this.frame = frame;
        this.bytes = bytes;
    }

    /** Adds a top-level node (a protocol). */
    public TreeNode addRoot(TreeNode node) {
        roots.add(node);
        if (node.value() != null) values.add(node.value());
        return node;
    }

    /** Adds a field under {@code parent} and records its occurrence; returns the new node. */
    public TreeNode add(TreeNode parent, FieldDef field, Object value, int offset, int length, String label) {
        return add(parent, field, value, offset, length, label, -1);
    }

    public TreeNode add(TreeNode parent, FieldDef field, Object value, int offset, int length, String label,
                        int linkedFrame) {
        FieldValue fv = new FieldValue(field, value, offset, length);
        values.add(fv);
        return parent.add(new TreeNode(label, fv, offset, length, linkedFrame));
    }

    /**
     * Records a hidden field occurrence (like Wireshark's {@code PROTO_ITEM_SET_HIDDEN}: filters and
     * {@code packets -e} see it, the tree does not), e.g. {@code tcp.port} and {@code ip.addr}.
     */
    public FieldValue addHidden(FieldDef field, Object value, int offset, int length) {
        FieldValue fv = new FieldValue(field, value, offset, length);
        values.add(fv);
        return fv;
    }

    /** Adds a text-only line (no field). */
    public TreeNode text(TreeNode parent, String label, int offset, int length) {
        return parent.add(new TreeNode(label, null, offset, length, -1));
    }

    /** Every occurrence of {@code field}, in tree order. */
    public List<FieldValue> values(FieldDef field) {
        List<FieldValue> out = new ArrayList<>(2);
        for (FieldValue v : values) {
            if (v.field().id() == field.id()) out.add(v);
        }
        return out;
    }

    public List<FieldValue> allValues() {
        return values;
    }

    public boolean has(FieldDef field) {
        for (FieldValue v : values) {
            if (v.field().id() == field.id()) return true;
        }
        return false;
    }

    public int frame() {
        return frame;
    }

    public byte[] bytes() {
        return bytes;
    }

    public List<TreeNode> roots() {
        return roots;
    }

    public String protocolColumn() {
        return protocolColumn;
    }

    public void setProtocolColumn(String s) {
        protocolColumn = s;
    }

    public String infoColumn() {
        return infoColumn;
    }

    public void setInfoColumn(String s) {
        infoColumn = s;
    }

    /** The Source column (network address, else link address). */
    public String sourceColumn() {
        return sourceColumn;
    }

    public String destinationColumn() {
        return destinationColumn;
    }

    public void setAddressColumns(String source, String destination) {
        sourceColumn = source;
        destinationColumn = destination;
    }

    public boolean malformed() {
        return malformed;
    }

    public void markMalformed() {
        malformed = true;
    }

    /** The unexpected error a dissector died of (the frame then shows as Malformed), or null. */
    public Throwable failure() {
        return failure;
    }

    /** Records the error a dissector died of and marks the frame Malformed. */
    public void markFailed(Throwable error) {
        failure = error;
        malformed = true;
    }
}
