package org.resetlens.filter;

import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/**
 * The {@code frame} fields answered from the capture's columnar index, without dissection:
 * the protocol itself, frame.number, frame.len, frame.cap_len, frame.time, frame.time_epoch,
 * frame.time_relative, frame.time_delta and (for pcapng, where Wireshark shows it)
 * frame.interface_id. Combine with other sources through {@link #or}.
 */
public final class FrameIndexColumns implements ColumnSource {
    private final FrameIndex index;
    private final FieldDef protocol, number, len, capLen, time, epoch, relative, delta, interfaceId;
    private final boolean interfaceIds;

    /** @param interfaceIds true when frames carry an interface id (pcapng), as Wireshark shows it only then */
    public FrameIndexColumns(FrameIndex index, FieldRegistry registry, boolean interfaceIds) {
        this.index = index;
        this.interfaceIds = interfaceIds;
        protocol = registry.find("frame").orElse(null);
        number = registry.find("frame.number").orElse(null);
        len = registry.find("frame.len").orElse(null);
        capLen = registry.find("frame.cap_len").orElse(null);
        time = registry.find("frame.time").orElse(null);
        epoch = registry.find("frame.time_epoch").orElse(null);
        relative = registry.find("frame.time_relative").orElse(null);
        delta = registry.find("frame.time_delta").orElse(null);
        interfaceId = registry.find("frame.interface_id").orElse(null);
    }

    /** This source, then {@code other} for the fields this one does not answer. */
    public ColumnSource or(ColumnSource other) {
        return f -> {
            FieldColumn c = column(f);
            return c != null ? c : other.column(f);
        };
    }

    @Override
    public FieldColumn column(FieldDef f) {
        if (f.equals(protocol)) return single(frame -> 1);
        if (f.equals(number)) return single(frame -> frame + 1L);
        if (f.equals(len)) return single(index::originalLength);
        if (f.equals(capLen)) return single(index::capturedLength);
        if (f.equals(time) || f.equals(epoch)) return single(index::timeNanos);
        if (f.equals(relative)) return single(frame -> index.timeNanos(frame) - index.timeNanos(0));
        if (f.equals(delta)) return single(frame -> frame == 0 ? 0 : index.timeNanos(frame) - index.timeNanos(frame - 1));
        if (f.equals(interfaceId) && interfaceIds) return single(index::interfaceId);
        return null;
    }

    /** A field present once in every frame. */
    private static FieldColumn single(java.util.function.IntToLongFunction value) {
        return new FieldColumn() {
            @Override
            public int count(int frame) {
                return 1;
            }

            @Override
            public long value(int frame, int i) {
                return value.applyAsLong(frame);
            }
        };
    }
}
