package org.resetlens.dissect;

/**
 * The working state of dissecting one frame: its bytes, the {@link Dissection} being built, the
 * Protocol/Info/address columns, {@code frame.protocols}, and what lower layers tell upper ones
 * (ports, IP facts). Dissectors read bytes with the big-endian getters and add fields through it.
 */
public final class Packet {
    private final Dissectors dissectors;
    private final org.resetlens.capture.FrameIndex index;
    private byte[] data;
    private final int frame;
    private final Dissection out;
    private final FrameAnalysis analysis;
    private final boolean labels;
    private final StringBuilder protocols = new StringBuilder(48);
    private final StringBuilder info = new StringBuilder(80);
    private String protocolColumn = "";
    private int quotedDepth;
    /** Nested protocol layers a frame may have before the rest is left undissected. */
    static final int MAX_LAYERS = 100;
    private int layers;
    private String dlSrc = "", dlDst = "", netSrc = "", netDst = "";

    /** Set by IPv4/IPv6 for the transport dissectors: payload length per the IP header, -1 when none. */
    int ipPayloadLength = -1;
    /** Set by IPv4/IPv6: the IP header's source and destination (for pseudo-headers and Info), or null. */
    byte[] ipSrc, ipDst;
    /** Set by IPv4/IPv6: TTL or hop limit of the enclosing IP header (ICMP echo Info). */
    int ipTtl;

    Packet(Dissectors dissectors, org.resetlens.capture.FrameIndex index, byte[] data, int frame, Dissection out,
           FrameAnalysis analysis, boolean labels) {
        this.dissectors = dissectors;
        this.index = index;
        this.data = data;
        this.frame = frame;
        this.out = out;
        this.analysis = analysis;
        this.labels = labels;
    }

    /**
     * A view of the same frame over other bytes (a PDU that TCP reassembly put together): its fields
     * land in the same dissection, but it keeps its own Protocol/Info columns and protocol chain,
     * which the caller copies back. Field offsets then refer to {@code pdu}, not the frame.
     */
    public Packet child(byte[] pdu) {
        Packet c = new Packet(dissectors, index, pdu, frame, out, analysis, labels);
        c.srcPort = srcPort;
        c.dstPort = dstPort;
        return c;
    }

    private int srcPort = -1, dstPort = -1;

    /** The TCP/UDP ports of the segment the application layer is dissecting (Wireshark's pinfo ports). */
    public void setPorts(int src, int dst) {
        srcPort = src;
        dstPort = dst;
    }

    /** The transport source port, or -1 outside TCP/UDP. */
    public int srcPort() {
        return srcPort;
    }

    /** The transport destination port, or -1 outside TCP/UDP. */
    public int dstPort() {
        return dstPort;
    }

    /** Enters one more protocol layer; false when {@link #MAX_LAYERS} are already open. */
    boolean enterLayer() {
        if (layers >= MAX_LAYERS) return false;
        layers++;
        return true;
    }

    void exitLayer() {
        layers--;
    }

    public Dissectors dissectors() {
        return dissectors;
    }

    public byte[] data() {
        return data;
    }

    /** The capture the frame belongs to (reassembly looks at other frames), or null for bare bytes. */
    public org.resetlens.capture.FrameIndex index() {
        return index;
    }

    /**
     * Switches the bytes the getters read to a reassembled buffer (returning the previous one to switch
     * back). Fields added meanwhile carry offsets into that buffer.
     */
    public byte[] swapData(byte[] other) {
        byte[] old = data;
        data = other;
        return old;
    }

    /** The 0-based frame index. */
    public int frame() {
        return frame;
    }

    public Dissection dissection() {
        return out;
    }

    public FrameAnalysis analysis() {
        return analysis;
    }

    /** False when tree labels are not wanted (field extraction): dissectors may skip building them. */
    public boolean labels() {
        return labels;
    }

    /** The number of captured bytes of the frame. */
    public int captured() {
        return data.length;
    }

    public boolean has(int off, int len) {
        return off >= 0 && len >= 0 && off + len <= data.length;
    }

    public int u8(int off) {
        return data[off] & 0xff;
    }

    public int u16(int off) {
        return ((data[off] & 0xff) << 8) | (data[off + 1] & 0xff);
    }

    public int u24(int off) {
        return ((data[off] & 0xff) << 16) | ((data[off + 1] & 0xff) << 8) | (data[off + 2] & 0xff);
    }

    public long u32(int off) {
        return ((long) u16(off) << 16) | u16(off + 2);
    }

    public int u16le(int off) {
        return (data[off] & 0xff) | ((data[off + 1] & 0xff) << 8);
    }

    public long u32le(int off) {
        return u16le(off) | ((long) u16le(off + 2) << 16);
    }

    /** A copy of {@code len} bytes (clipped to what was captured). */
    public byte[] bytes(int off, int len) {
        int n = Math.max(0, Math.min(len, data.length - off));
        byte[] b = new byte[n];
        if (n > 0) System.arraycopy(data, off, b, 0, n);
        return b;
    }

    /** Adds a protocol node (top-level when {@code parent} is null) and appends it to {@code frame.protocols}. */
    public TreeNode protocol(TreeNode parent, FieldDef proto, int off, int len, String label) {
        appendProtocolName(proto.abbrev());
        int clipped = clip(off, len);
        if (parent == null) {
            return out.addRoot(new TreeNode(label, new FieldValue(proto, label, off, clipped), off, clipped, -1));
        }
        return out.add(parent, proto, label, off, clipped, label);
    }

    /**
     * Adds a protocol node that is part of another protocol (a TCP option, say): not listed in
     * {@code frame.protocols}; its field text is its bytes in hex, as tshark prints such items.
     */
    public TreeNode subProtocol(TreeNode parent, FieldDef proto, int off, int len, String label) {
        return out.add(parent, proto, null, off, clip(off, len), label);
    }

    /** Appends a name to {@code frame.protocols} without a node (Wireshark's "ethertype" step). */
    public void appendProtocolName(String name) {
        if (protocols.length() > 0) protocols.append(':');
        protocols.append(name);
    }

    /** Where {@code frame.protocols} ends now, for {@link #protocolsReset}. */
    int protocolsMark() {
        return protocols.length();
    }

    /** Drops the layers appended since {@code mark} (a payload Wireshark dissects without listing it). */
    void protocolsReset(int mark) {
        if (mark >= 0 && mark < protocols.length()) protocols.setLength(mark);
    }

    public String protocolsInFrame() {
        return protocols.toString();
    }

    /** Adds a field with Wireshark's default label ("Name: value"). */
    public TreeNode add(TreeNode parent, FieldDef f, long value, int off, int len) {
        return add(parent, f, (Object) value, off, len, null);
    }

    /** Adds a field; a null label means the default "Name: value". */
    public TreeNode add(TreeNode parent, FieldDef f, Object value, int off, int len, String label) {
        int clipped = clip(off, len);
        if (!labels) return out.add(parent, f, value, off, clipped, f.name());
        if (label == null) label = FieldFormatter.label(new FieldValue(f, value, off, clipped));
        return out.add(parent, f, value, off, clipped, label);
    }

    /** Adds a field with a custom label whose value text (after "Name: ") is {@code valueText}. */
    public TreeNode addText(TreeNode parent, FieldDef f, Object value, int off, int len, String valueText) {
        return add(parent, f, value, off, len, labels ? f.name() + ": " + valueText : null);
    }

    /**
     * Adds a field that occupies the bits of {@code f.bitmask()} in a {@code widthBits}-bit container
     * read at {@code off}; the value is the shifted masked bits (0/1 for booleans). {@code valueText}
     * replaces the default value text (null for the default).
     */
    public TreeNode addBits(TreeNode parent, FieldDef f, long container, int off, int len, int widthBits,
                            String valueText) {
        long mask = f.bitmask();
        long v = (container & mask) >>> Long.numberOfTrailingZeros(mask);
        if (f.type() == FieldType.BOOLEAN) v = v != 0 ? 1 : 0;
        int clipped = clip(off, len);
        if (!labels) return out.add(parent, f, v, off, clipped, f.name());
        FieldValue fv = new FieldValue(f, v, off, clipped);
        return out.add(parent, f, v, off, clipped, FieldFormatter.bitLabel(fv, container, widthBits, valueText));
    }

    /** Records a hidden occurrence (seen by filters and {@code -e}, not shown in the tree). */
    public void hidden(FieldDef f, Object value, int off, int len) {
        out.addHidden(f, value, off, clip(off, len));
    }

    /** Adds a generated field (Wireshark's "[...]" lines): no bytes of its own. */
    public TreeNode generated(TreeNode parent, FieldDef f, Object value, String label) {
        if (!labels) return out.add(parent, f, value, 0, 0, f.name());
        if (label == null) label = FieldFormatter.label(new FieldValue(f, value, 0, 0));
        return out.add(parent, f, value, 0, 0, "[" + label + "]");
    }

    public TreeNode text(TreeNode parent, String label, int off, int len) {
        return out.text(parent, label, off, clip(off, len));
    }

    private int clip(int off, int len) {
        if (off < 0 || off >= data.length) return 0;
        return Math.max(0, Math.min(len, data.length - off));
    }

    // ---- columns ----

    /** True while dissecting the packet quoted inside an ICMP error: its layers do not touch the columns. */
    public boolean columnsWritable() {
        return quotedDepth == 0;
    }

    public void enterQuoted() {
        quotedDepth++;
    }

    public void exitQuoted() {
        quotedDepth--;
    }

    public void setProtocol(String s) {
        if (quotedDepth == 0) protocolColumn = s;
    }

    public void setInfo(String s) {
        if (quotedDepth == 0) {
            info.setLength(0);
            info.append(s);
        }
    }

    public void appendInfo(String s) {
        if (quotedDepth == 0) info.append(s);
    }

    public String protocolColumn() {
        return protocolColumn;
    }

    public String infoColumn() {
        return info.toString();
    }

    public void setLinkAddresses(String src, String dst) {
        if (quotedDepth == 0) {
            dlSrc = src;
            dlDst = dst;
        }
    }

    public void setNetAddresses(String src, String dst) {
        if (quotedDepth == 0) {
            netSrc = src;
            netDst = dst;
        }
    }

    /** The Source column: the network address when there is one, else the link address. */
    public String sourceColumn() {
        return netSrc.isEmpty() ? dlSrc : netSrc;
    }

    public String destinationColumn() {
        return netDst.isEmpty() ? dlDst : netDst;
    }
}
