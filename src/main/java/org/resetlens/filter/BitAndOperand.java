package org.resetlens.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldType;

/** {@code operand & mask}: each value of the operand masked, keeping the operand's type. */
record BitAndOperand(Operand inner, Object mask, String text) implements Operand {

    @Override
    public FieldType type() {
        return inner.type();
    }

    @Override
    public void values(Evaluation ev, int frame, List<Object> out) {
        List<Object> in = new ArrayList<>(2);
        inner.values(ev, frame, in);
        for (Object v : in) out.add(Values.bitAnd(v, mask));
    }

    @Override
    public void collectFields(Set<FieldDef> out) {
        inner.collectFields(out);
    }
}
