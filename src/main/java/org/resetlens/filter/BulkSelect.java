package org.resetlens.filter;

import java.util.Arrays;
import org.resetlens.core.CancelToken;

/**
 * Runs a {@link Plan} over a capture a block of frames at a time: each node turns the bit set of
 * the frames still undecided into the bit set of those that pass. Column tests are one loop over a
 * column; an {@code and} narrows what its later operands look at, an {@code or} skips frames an
 * earlier operand already accepted, so dissection runs only where it can change the result. The
 * loops are small and monomorphic, so they are compiled early: the first filter after loading is
 * nearly as fast as the next ones.
 */
final class BulkSelect {
    /** Frames per block: a multiple of 64 (whole bit-set words). */
    static final int BLOCK = 1 << 16;

    private final Plan plan;
    private final Evaluation ev;

    BulkSelect(Plan plan, Evaluation ev) {
        this.plan = plan;
        this.ev = ev;
    }

    /** The 0-based frames below {@code frameCount} that pass, ascending; stops early when cancelled. */
    int[] select(int frameCount, CancelToken cancel) {
        int[] out = new int[Math.min(frameCount, 1024)];
        int n = 0;
        for (int from = 0; from < frameCount; from += BLOCK) {
            if (cancel != null && cancel.isCancelled()) break;
            int to = (int) Math.min(frameCount, (long) from + BLOCK);
            long[] hits = run(plan, from, to, ones(to - from));
            for (int w = 0; w < hits.length; w++) {
                long word = hits[w];
                while (word != 0) {
                    if (n == out.length) out = Arrays.copyOf(out, Math.max(16, out.length * 2));
                    out[n++] = from + (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static long[] ones(int frames) {
        long[] m = new long[(frames + 63) >>> 6];
        Arrays.fill(m, -1L);
        if ((frames & 63) != 0) m[m.length - 1] = (1L << (frames & 63)) - 1;
        return m;
    }

    /** The frames of {@code mask} (bit i is frame {@code from + i}) that pass {@code p}. */
    private long[] run(Plan p, int from, int to, long[] mask) {
        if (p instanceof Plan.Column c) return column(c, from, to, mask);
        if (p instanceof Plan.And a) {
            long[] left = mask;
            for (Plan part : a.parts()) {
                if (empty(left)) break;
                left = run(part, from, to, left);
            }
            return left;
        }
        if (p instanceof Plan.Or o) {
            long[] hits = new long[mask.length];
            long[] rest = mask.clone();
            for (Plan part : o.parts()) {
                if (empty(rest)) break;
                long[] r = run(part, from, to, rest);
                for (int w = 0; w < hits.length; w++) {
                    hits[w] |= r[w];
                    rest[w] &= ~r[w];
                }
            }
            return hits;
        }
        if (p instanceof Plan.Not x) {
            long[] r = run(x.operand(), from, to, mask);
            long[] out = new long[mask.length];
            for (int w = 0; w < out.length; w++) out[w] = mask[w] & ~r[w];
            return out;
        }
        if (p instanceof Plan.Xor x) {
            long[] a = run(x.left(), from, to, mask);
            long[] b = run(x.right(), from, to, mask);
            long[] out = new long[mask.length];
            for (int w = 0; w < out.length; w++) out[w] = a[w] ^ b[w];
            return out;
        }
        return perFrame(p.test(), from, to, mask);
    }

    private long[] column(Plan.Column c, int from, int to, long[] mask) {
        FieldColumn col = ev.column(c.field());
        if (col == null) return perFrame(c.test(), from, to, mask);
        long[] out = new long[mask.length];
        col.scan(from, to, mask, c.match(), c.all(), out);
        return out;
    }

    private long[] perFrame(FrameTest test, int from, int to, long[] mask) {
        long[] out = new long[mask.length];
        for (int w = 0; w < mask.length; w++) {
            long word = mask[w];
            while (word != 0) {
                int bit = Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (test.test(ev, from + (w << 6) + bit)) out[w] |= 1L << bit;
            }
        }
        return out;
    }

    private static boolean empty(long[] bits) {
        for (long w : bits) if (w != 0) return false;
        return true;
    }
}
