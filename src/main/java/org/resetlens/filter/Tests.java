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
     * false) or when there are values and all pass ({@code all} true).
     */
    static FrameTest each(Operand o, Predicate<Object> p, boolean all) {
        return (ev, frame) -> {
            List<Object> vs = load(o, ev, frame);
            if (vs.isEmpty()) return false;
            for (Object v : vs) {
                if (p.test(v) != all) return !all;
            }
            return all;
        };
    }

    /** Every pair of values of two operands, quantified like {@link #each}. */
    static FrameTest pairs(Operand a, Operand b, BiPredicate<Object, Object> p, boolean all) {
        return (ev, frame) -> {
            List<Object> xs = load(a, ev, frame);
            if (xs.isEmpty()) return false;
            List<Object> ys = load(b, ev, frame);
            if (ys.isEmpty()) return false;
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
