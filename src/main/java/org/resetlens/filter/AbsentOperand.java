package org.resetlens.filter;

import java.util.List;
import java.util.Set;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldType;

/** A Wireshark protocol or field ResetLens never dissects (see {@link ForeignNames}): never present. */
record AbsentOperand(String text) implements Operand {
    @Override
    public FieldType type() {
        return FieldType.PROTOCOL;
    }

    @Override
    public void values(Evaluation ev, int frame, List<Object> out) { }

    @Override
    public boolean present(Evaluation ev, int frame) {
        return false;
    }

    @Override
    public void collectFields(Set<FieldDef> out) { }
}
