package org.resetlens.dissect;

/** Bytes no dissector claimed: Wireshark's "data" protocol with {@code data.data} and {@code data.len}. */
final class DataDissector implements Dissector {
    private final FieldDef proto, data, len;

    DataDissector(FieldRegistry r) {
        proto = r.protocol("data", "Data");
        data = r.register("data.data", "Data", FieldType.BYTES, Base.NONE, 0, "");
        len = r.register("data.len", "Length", FieldType.INT32, Base.DEC, 0, "");
    }

    @Override
    public int dissect(Packet p, int off, int end, TreeNode parent) {
        int n = Math.min(end, p.captured()) - off;
        if (n <= 0) return Math.max(0, end - off);
        TreeNode node = p.protocol(parent, proto, off, n, "Data (" + n + " bytes)");
        p.add(node, data, p.bytes(off, n), off, n, p.labels() ? "Data: " + FieldFormatter.hex(p.data(), off, Math.min(n, 48))
                + (n > 48 ? "…" : "") : null);
        p.generated(node, len, (long) n, "Length: " + n);
        return end - off;
    }
}
