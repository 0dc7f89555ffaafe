package org.resetlens.ui.backend;

import org.resetlens.query.AnalysisColumns;
import java.util.List;
import java.util.function.IntPredicate;
import org.resetlens.capture.FrameIndex;
import org.resetlens.dissect.Dissection;
import org.resetlens.dissect.Dissectors;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldValue;
import org.resetlens.dissect.FrameAnalysis;
import org.resetlens.filter.ColumnSource;
import org.resetlens.filter.FilterMatcher;
import org.resetlens.filter.FrameFields;
import org.resetlens.filter.FrameIndexColumns;
import org.resetlens.model.Analysis;

/**
 * Dissects a capture's frames on demand for rows, details and filters. Each thread gets its own
 * dissection engine and remembers the last frame it dissected, so the coloring rules and the row
 * texts of one frame share one dissection.
 */
final class DissectAdapter {
    private final FrameIndex index;
    private final FrameAnalysis analysis;
    private final boolean interfaceIds;
    private final ColumnSource columns;
    /** The load pass's TCP/IP columns, or null without a model. */
    private final AnalysisColumns tcpColumns;
    private final ThreadLocal<LastFrame> perThread;
    private volatile int generation;

    /** One thread's engine and its most recent dissection. */
    private static final class LastFrame {
        final Dissectors dissectors = Dissectors.standard();
        int frame = -1;
        int generation;
        Dissection dissection;
    }

    DissectAdapter(FrameIndex index, FrameAnalysis analysis, boolean interfaceIds, Dissectors registryOwner) {
        this(index, analysis, null, interfaceIds, registryOwner);
    }

    /** @param model the load pass's results, whose columns answer TCP fields without dissection; or null */
    DissectAdapter(FrameIndex index, FrameAnalysis analysis, Analysis model, boolean interfaceIds,
                   Dissectors registryOwner) {
        this.index = index;
        this.analysis = analysis;
        this.interfaceIds = interfaceIds;
        this.perThread = ThreadLocal.withInitial(LastFrame::new);
        FrameIndexColumns frameColumns = new FrameIndexColumns(index, registryOwner.registry(), interfaceIds);
        this.tcpColumns = model == null ? null : new AnalysisColumns(model, registryOwner.registry(), dissectedFields());
        this.columns = tcpColumns == null ? frameColumns : frameColumns.or(tcpColumns);
    }

    Dissection dissect(int frame) {
        LastFrame last = perThread.get();
        int gen = generation;
        if (last.frame != frame || last.dissection == null || last.generation != gen) {
            last.dissection = last.dissectors.dissect(index, frame, analysis,
                    new Dissectors.Options(true, interfaceIds, -2));
            last.frame = frame;
            last.generation = gen;
        }
        return last.dissection;
    }

    /** Forgets remembered dissections (a frame's comments changed). */
    void invalidate() {
        generation++;
    }

    PacketRow row(int frame) {
        Dissection d = dissect(frame);
        return new PacketRow(d.sourceColumn(), d.destinationColumn(), d.protocolColumn(), d.infoColumn());
    }

    /** A predicate for a compiled filter; bind one per thread (the matcher is not thread-safe). */
    IntPredicate matcher(FilterAdapter.Compiled compiled) {
        FilterMatcher m = compiled.filter().bind(dissectedFields(), columns);
        return m::matches;
    }

    /** The frames below {@code frameCount} that pass, by the filter's bulk form over the columns. */
    int[] select(FilterAdapter.Compiled compiled, int frameCount, org.resetlens.core.CancelToken cancel) {
        return compiled.filter().select(frameCount, dissectedFields(), columns, cancel);
    }

    /**
     * Readies the columns for filters (dissects, once, the few frames the load pass did not decode
     * directly), so that the first filter runs as fast as the next ones. Call on a background thread.
     */
    void prepareColumns() {
        try {
            if (tcpColumns != null) tcpColumns.prepare();
        } catch (RuntimeException e) {
            // The capture was closed meanwhile, or a frame would not dissect: a filter run prepares again.
        }
    }

    /** Fields from this adapter's dissections (each thread's own, see {@link #dissect}). */
    private FrameFields dissectedFields() {
        return new FrameFields() {
            @Override
            public List<FieldValue> values(int frame, FieldDef field) {
                return dissect(frame).values(field);
            }

            @Override
            public byte[] bytes(int frame) {
                return dissect(frame).bytes();
            }
        };
    }
}
