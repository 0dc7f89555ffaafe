package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/** The compiled tests: presence, comparisons with a constant or another operand, sets, logic. */
final class Tests {
    private Tests() { }

    static FrameTest present(Operand o) {
        return (ev, frame) -> o.present(ev, frame);
    }

    /** A bitwise-and or other operand used as a test: some value is non-zero. */
    static FrameTest nonZero(Operand o) {
        return (ev, frame) -> {
            List<Object> vs = load(o, ev, frame);
            for (Object v : vs) if (Values.nonZero(v)) return true;
            return false;
        };
    }

    /**
     * Every value of {@code o} tested with {@code p}: true when some value passes ({@code all}
     * false) or when the field is present and every value passes ({@code all} true; vacuously
     * true when a slice leaves no value, as in Wireshark).
     */
    static FrameTest each(Operand o, Predicate<Object> p, boolean all) {
        return (ev, frame) -> {
            List<Object> vs = load(o, ev, frame);
            if (vs.isEmpty()) return all && o.loaded(ev, frame);
            for (Object v : vs) {
                if (p.test(v) != all) return !all;
            }
            return all;
        };
    }

    /**
     * {@link #each} for a field whose values are longs, reading a bound column directly without
     * boxing or lists when there is one (the fast path over millions of frames).
     */
    static FrameTest eachLong(FieldOperand o, LongMatch match, boolean all) {
        FrameTest general = each(o, v -> match.test((Long) v), all);
        return (ev, frame) -> {
            FieldColumn col = ev.column(o.def());
            if (col == null) return general.test(ev, frame);
            return FieldColumn.passes(col, frame, match, all);
        };
    }

    /** Every pair of values of two operands, quantified like {@link #each}. */
    static FrameTest pairs(Operand a, Operand b, BiPredicate<Object, Object> p, boolean all) {
        return (ev, frame) -> {
            List<Object> xs = load(a, ev, frame);
            List<Object> ys = load(b, ev, frame);
            if (xs.isEmpty() || ys.isEmpty()) return all && a.loaded(ev, frame) && b.loaded(ev, frame);
            for (Object x : xs) {
                for (Object y : ys) {
                    if (p.test(x, y) != all) return !all;
                }
            }
            return all;
        };
    }

    static FrameTest not(FrameTest t) {
        return (ev, frame) -> !t.test(ev, frame);
    }

    /** True when every test passes, tried in order. */
    static FrameTest all(List<FrameTest> tests) {
        FrameTest[] ts = tests.toArray(new FrameTest[0]);
        return (ev, frame) -> {
            for (FrameTest t : ts) if (!t.test(ev, frame)) return false;
            return true;
        };
    }

    /** True when some test passes, tried in order. */
    static FrameTest any(List<FrameTest> tests) {
        FrameTest[] ts = tests.toArray(new FrameTest[0]);
        return (ev, frame) -> {
            for (FrameTest t : ts) if (t.test(ev, frame)) return true;
            return false;
        };
    }

    static FrameTest xor(FrameTest a, FrameTest b) {
        return (ev, frame) -> a.test(ev, frame) ^ b.test(ev, frame);
    }

    private static List<Object> load(Operand o, Evaluation ev, int frame) {
        List<Object> out = new ArrayList<>(2);
        o.values(ev, frame, out);
        return out;
    }
}
