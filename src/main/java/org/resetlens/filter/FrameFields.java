package org.resetlens.filter;

import java.util.List;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldValue;

/**
 * What a compiled filter reads from a frame that columns cannot answer: the occurrences of a
 * field (from dissection) and the frame's bytes. Frames are 0-based, as in
 * {@link org.resetlens.capture.FrameIndex}.
 */
public interface FrameFields {
    /**
     * Every occurrence of {@code field} in {@code frame}, in tree order; empty when absent. For a
     * protocol the occurrences are its tree nodes, whose offset/length give its bytes in the frame.
     * Values use the classes {@link org.resetlens.dissect.FieldType} documents.
     */
    List<FieldValue> values(int frame, FieldDef field);

    /** The frame's captured bytes (for protocol bytes and slices of protocols). */
    byte[] bytes(int frame);
}
