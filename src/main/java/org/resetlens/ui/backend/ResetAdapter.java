package org.resetlens.ui.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.resetlens.core.Timestamps;
import org.resetlens.model.Analysis;
import org.resetlens.rst.ChainLink;
import org.resetlens.rst.Evidence;
import org.resetlens.rst.ResetExplanation;
import org.resetlens.rst.Resets;

/** Runs the reset engine over a loaded capture and flattens its explanations for the reset pane. */
final class ResetAdapter {
    private ResetAdapter() { }

    /** The explanations, or an empty list when the engine fails (the capture still shows). */
    static List<ResetInfo> explain(Analysis analysis, IntFunction<String> frameSummary) {
        List<ResetExplanation> list;
        try {
            list = Resets.explain(analysis).resets();
        } catch (RuntimeException e) {
            return List.of();
        }
        List<ResetInfo> out = new ArrayList<>(list.size());
        for (ResetExplanation e : list) out.add(toInfo(e, frameSummary));
        return out;
    }

    static ResetInfo toInfo(ResetExplanation e, IntFunction<String> frameSummary) {
        StringBuilder timing = new StringBuilder();
        if (e.sinceTriggerSeconds() != null) timing.append(seconds(e.sinceTriggerSeconds())).append(" after the trigger");
        if (e.sincePeerLastSeconds() != null) {
            if (timing.length() > 0) timing.append(" · ");
            timing.append(seconds(e.sincePeerLastSeconds())).append(" after the peer last sent");
        }
        return new ResetInfo(e.frame() - 1, e.stream(), e.sender().id(), e.cause().id(), e.confidence().id(),
                e.benign(), e.trigger() == null ? -1 : e.trigger() - 1, e.zeekState() == null ? "" : e.zeekState(),
                timing.toString(), () -> words(e, frameSummary));
    }

    /** The words of one explanation as the pane shows them (written when the pane first asks). */
    private static ResetInfo.Words words(ResetExplanation e, IntFunction<String> frameSummary) {
        List<String> arithmetic = new ArrayList<>();
        if (e.seqAck() != null) {
            for (String part : e.seqAck().describe().split("; ")) arithmetic.add(part);
        }
        if (e.state() != null && !e.state().isEmpty()) arithmetic.add("connection state: " + e.state());
        List<ResetInfo.TraceStep> trace = new ArrayList<>();
        for (ChainLink l : e.chain()) {
            int f = l.frame() - 1;
            String note = l.note() == null || l.note().isEmpty() ? safeSummary(frameSummary, f) : l.note();
            trace.add(new ResetInfo.TraceStep(l.role().id(), f, note));
        }
        List<String> evidence = new ArrayList<>();
        for (Evidence ev : e.evidence()) evidence.add(ev.rule() + ": " + String.join("; ", ev.facts()));
        String accepted = e.accepted() == null ? "unknown" : e.accepted().id()
                + (e.acceptance() == null || e.acceptance().isEmpty() ? "" : " (" + e.acceptance() + ")");
        return new ResetInfo.Words(accepted, e.explanation(), arithmetic, trace,
                e.manual() == null ? "" : e.manual().filter(), evidence);
    }

    private static String safeSummary(IntFunction<String> frameSummary, int frame) {
        try {
            return frameSummary.apply(frame);
        } catch (RuntimeException ex) {
            return "";
        }
    }

    private static String seconds(double s) {
        return Timestamps.seconds(Math.round(s * 1e9), 3) + " s";
    }
}
