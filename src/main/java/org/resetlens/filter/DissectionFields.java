package org.resetlens.filter;

import java.util.List;
import java.util.function.IntFunction;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldValue;

/**
 * {@link FrameFields} over a dissector: dissects a frame when one of its fields is first asked
 * for and keeps that one dissection while the same frame is asked again. Not thread-safe.
 */
public final class DissectionFields implements FrameFields {
    private final IntFunction<Dissection> dissector;
    private int cachedFrame = -1;
    private Dissection cached;

    /** @param dissector the full dissection of a 0-based frame */
    public DissectionFields(IntFunction<Dissection> dissector) {
        this.dissector = dissector;
    }

    private Dissection of(int frame) {
        if (frame != cachedFrame || cached == null) {
            cached = dissector.apply(frame);
            cachedFrame = frame;
        }
        return cached;
    }

    @Override
    public List<FieldValue> values(int frame, FieldDef field) {
        return of(frame).values(field);
    }

    @Override
    public byte[] bytes(int frame) {
        return of(frame).bytes();
    }
}
