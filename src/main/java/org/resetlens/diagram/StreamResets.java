package org.resetlens.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.resetlens.model.Analysis;
import org.resetlens.rst.AppMessage;
import org.resetlens.rst.ChainLink;
import org.resetlens.rst.ModelStreams;
import org.resetlens.rst.AppMessageSource;
import org.resetlens.rst.Resets;
import org.resetlens.rst.ResetExplanation;
import org.resetlens.rst.StreamView;

/**
 * The adapter from the reset engine ({@code rst}) to the ladder: a stream's reset explanations as
 * {@link ResetTrace}s, and its application messages as row summaries ({@code SMB2 CREATE Request}).
 *
 * @param resets    every reset of the stream, in frame order
 * @param summaries 1-based frame → application message the frame starts
 */
public record StreamResets(List<ResetExplanation> resets, Map<Integer, String> summaries) {

    /** Explains the resets of {@code tcp.stream} {@code stream}. */
    public static StreamResets of(Analysis a, int stream) {
        List<StreamView> all = ModelStreams.of(a);
        StreamView v = all.get(stream);
        AppMessageSource messages = Resets.messages(a);
        // judged against the whole capture, so the ladder shows the cause the reset pane and CLI show
        List<ResetExplanation> resets = Resets.explainStream(a, all, stream);
        Map<Integer, String> summaries = new HashMap<>();
        for (AppMessage m : messages.messages(v)) {
            summaries.put(v.frame(m.requestIndex()) + 1, m.summary());
            if (m.answered() && !m.responseSummary().isEmpty()) {
                summaries.put(v.frame(m.responseIndex()) + 1, m.responseSummary());
            }
        }
        return new StreamResets(List.copyOf(resets), Map.copyOf(summaries));
    }

    /** The ladder's view of one explanation. */
    public static ResetTrace trace(ResetExplanation e) {
        List<TraceLink> chain = new ArrayList<>();
        for (ChainLink l : e.chain()) chain.add(new TraceLink(l.role().id(), l.frame()));
        return new ResetTrace(e.frame(), e.trigger() == null ? 0 : e.trigger(), e.cause().id(), chain,
                e.explanation());
    }

    /** The reset at {@code frame}, else the first reset after it, else the stream's first; null without resets. */
    public ResetExplanation pick(int frame) {
        if (resets.isEmpty()) return null;
        for (ResetExplanation e : resets) if (e.frame() >= frame) return e;
        return resets.get(0);
    }

    /**
     * {@code in} with the engine's message names on the rows (they win over the dissectors' Info text, so
     * rows and explanation name a request alike), and {@code reset} highlighted.
     */
    public LadderInput decorate(LadderInput in, ResetExplanation reset) {
        List<LadderEvent> events = new ArrayList<>(in.events().size());
        for (LadderEvent ev : in.events()) {
            String s = summaries.get(ev.frame());
            events.add(s == null ? ev
                    : new LadderEvent(ev.frame(), ev.timeNanos(), ev.from(), ev.to(), ev.label(), ev.kind(), s));
        }
        return new LadderInput(in.title(), in.endpoints(), events, in.annotations(),
                reset == null ? null : trace(reset), in.originNanos());
    }
}
