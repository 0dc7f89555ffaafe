package org.resetlens.filter;

import java.util.List;
import org.resetlens.dissect.FieldDef;

/**
 * A compiled filter as a tree that can run a whole range of frames at a time ({@link BulkSelect}):
 * tests on one field with a bound column become one tight loop over that column, and the logic
 * combines bit sets, so dissection-based tests run only on the frames still undecided. Every node
 * also has its per-frame {@link #test()}, with the same result for each frame.
 */
sealed interface Plan {
    FrameTest test();

    /** A test with no bulk form: run frame by frame. */
    record Leaf(FrameTest test) implements Plan { }

    /**
     * A test on one field: present and {@code match} passes for some (every, when {@code all})
     * occurrence; {@code match} null tests presence only. {@code test} is the per-frame form, used
     * when no column is bound.
     */
    record Column(FieldDef field, LongMatch match, boolean all, FrameTest test) implements Plan { }

    record And(List<Plan> parts, FrameTest test) implements Plan {
        static And of(List<Plan> parts) {
            return new And(List.copyOf(parts), Tests.all(parts.stream().map(Plan::test).toList()));
        }
    }

    record Or(List<Plan> parts, FrameTest test) implements Plan {
        static Or of(List<Plan> parts) {
            return new Or(List.copyOf(parts), Tests.any(parts.stream().map(Plan::test).toList()));
        }
    }

    record Not(Plan operand, FrameTest test) implements Plan {
        static Not of(Plan operand) {
            return new Not(operand, Tests.not(operand.test()));
        }
    }

    record Xor(Plan left, Plan right, FrameTest test) implements Plan {
        static Xor of(Plan left, Plan right) {
            return new Xor(left, right, Tests.xor(left.test(), right.test()));
        }
    }
}
