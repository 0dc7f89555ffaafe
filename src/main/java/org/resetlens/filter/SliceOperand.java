package org.resetlens.filter;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldType;

/**
 * Byte ranges of each value of an operand, concatenated; an occurrence too short for a range
 * gives no value (Wireshark's slice failure).
 */
record SliceOperand(Operand inner, List<Node.Range> ranges, String text) implements Operand {

    @Override
    public FieldType type() {
        return FieldType.BYTES;
    }

    @Override
    public void values(Evaluation ev, int frame, List<Object> out) {
        List<Object> in = new ArrayList<>(2);
        inner.values(ev, frame, in);
        for (Object v : in) {
            byte[] sliced = slice(Values.bytes(v), ranges);
            if (sliced != null) out.add(sliced);
        }
    }

    @Override
    public void collectFields(Set<FieldDef> out) {
        inner.collectFields(out);
    }

    /** The concatenated ranges of {@code b}, or null when a range does not fit. */
    static byte[] slice(byte[] b, List<Node.Range> ranges) {
        if (ranges.size() == 1) {
            int[] r = bounds(b.length, ranges.get(0));
            return r == null ? null : java.util.Arrays.copyOfRange(b, r[0], r[1]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Node.Range range : ranges) {
            int[] r = bounds(b.length, range);
            if (r == null) return null;
            out.write(b, r[0], r[1] - r[0]);
        }
        return out.toByteArray();
    }

    /** [start, end) of a range in a value of {@code len} bytes, or null when out of bounds. */
    static int[] bounds(int len, Node.Range r) {
        long start = r.start();
        if (start < 0) {
            start += len;
            if (start < 0) return null;
        }
        if (start > len) return null;
        long end;
        if (r.length() != null) {
            int n = r.length();
            end = n < 0 ? len + n : start + n;
        } else if (r.end() != null) {
            int e = r.end();
            end = (e < 0 ? len + e : e) + 1L;
        } else {
            end = len;
        }
        if (end < start || end > len) return null;
        return new int[] {(int) start, (int) end};
    }
}
