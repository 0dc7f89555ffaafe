package org.resetlens.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;
import org.resetlens.dissect.FieldValue;

/** Hand-made frames for evaluation tests: field occurrences and bytes set explicitly. */
final class FakeFrames implements FrameFields {
    private final FieldRegistry registry;
    private final List<Map<Integer, List<FieldValue>>> fields = new ArrayList<>();
    private final List<byte[]> bytes = new ArrayList<>();
    int dissections;

    FakeFrames(FieldRegistry registry) {
        this.registry = registry;
    }

    /** Starts a new frame with the given bytes; returns its 0-based number. */
    int frame(byte[] frameBytes) {
        fields.add(new HashMap<>());
        bytes.add(frameBytes);
        return fields.size() - 1;
    }

    /** Adds an occurrence of {@code name} to the last frame. */
    FakeFrames add(String name, Object value) {
        return add(name, value, 0, 0);
    }

    FakeFrames add(String name, Object value, int offset, int length) {
        FieldDef def = registry.get(name);
        fields.get(fields.size() - 1).computeIfAbsent(def.id(), k -> new ArrayList<>())
                .add(new FieldValue(def, value, offset, length));
        return this;
    }

    int size() {
        return fields.size();
    }

    @Override
    public List<FieldValue> values(int frame, FieldDef field) {
        dissections++;
        return fields.get(frame).getOrDefault(field.id(), List.of());
    }

    @Override
    public byte[] bytes(int frame) {
        return bytes.get(frame);
    }
}
