package org.resetlens.rst;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Explains every TCP reset of a capture: runs the evidence rules in precedence order over each reset (the first
 * whose evidence is present decides the cause and trigger), then groups the resets and finds repeated patterns.
 * The words of each explanation (the trace-back chain, the acceptance verdict, the evidence of every
 * consistent rule, the manual trace and the plain-language text) are written when first asked for, by judging
 * that stream again. Linear in the packets of the streams that hold resets.
 */
public final class ResetEngine {
    /** The rules in precedence order; the first whose evidence is present decides. */
    private static final List<Rule> RULES = List.of(new NoContextRule(), new RefusedRule(), new MiddleboxInjectedRule(),
            new AfterResetRule(), new DataAfterCloseRule(), new ResourceExhaustionRule(), new HalfOpenRule(),
            new ZeroWindowAbortRule(), new KeepaliveTimeoutRule(), new RetransmissionTimeoutRule(),
            new RequestTimeoutRule(), new UnreadDataCloseRule(), new AppAbortRule(), new AbortiveCloseRule(),
            new UnknownRule());

    private final AppMessageSource messageSource;

    public ResetEngine(AppMessageSource messageSource) {
        this.messageSource = messageSource == null ? AppMessageSource.NONE : messageSource;
    }

    /** Explains the resets of all given TCP streams (every stream of the capture, so hosts can be compared). */
    public ResetReport explain(List<? extends StreamView> streams) {
        CaptureProfile profile = new CaptureProfile();
        for (StreamView s : streams) profile.add(s);
        return explain(streams, profile);
    }

    /** As {@link #explain(List)}, with the capture's profile already built. */
    ResetReport explain(List<? extends StreamView> streams, CaptureProfile profile) {
        List<ResetExplanation> out = new ArrayList<>();
        Map<Integer, StreamView> byId = new HashMap<>();
        // each stream's messages are parsed once, for its resets and for the patterns across streams
        Map<Integer, List<AppMessage>> parsed = new HashMap<>();
        Function<StreamView, List<AppMessage>> messages = v -> parsed.computeIfAbsent(v.stream(), k -> messagesOf(v));
        // the streams with resets, one call each (a loop body run once per stream would stay interpreted)
        for (StreamView s : streams) if (s.hasReset()) explainInto(out, byId, s, profile, messages);
        out.sort(Comparator.comparingInt(ResetExplanation::frame));
        List<ResetPattern> patterns = Patterns.find(out, streams, byId, messages);
        List<ResetExplanation> withPatterns = Patterns.annotate(out, patterns);
        return new ResetReport(withPatterns, Summaries.group(withPatterns), patterns);
    }

    private void explainInto(List<ResetExplanation> out, Map<Integer, StreamView> byId, StreamView s,
                             CaptureProfile profile, Function<StreamView, List<AppMessage>> messages) {
        byId.put(s.stream(), s);
        try {
            out.addAll(explainStream(s, profile, messages));
        } catch (RuntimeException bug) {
            out.addAll(fallback(s, bug));
        }
    }

    /**
     * Explains the resets of one stream, comparing hosts against the whole capture's profile (as {@link #explain}
     * does, so a forged refusal in a stream without other packets of the server is still recognised).
     */
    List<ResetExplanation> explainStream(StreamView s, CaptureProfile profile) {
        return explainStream(s, profile, this::messagesOf);
    }

    /** Explains the resets of one stream against a profile built from this stream alone. */
    public List<ResetExplanation> explainStream(StreamView s) {
        CaptureProfile profile = new CaptureProfile();
        profile.add(s);
        return explainStream(s, profile, this::messagesOf);
    }

    List<AppMessage> messagesOf(StreamView s) {
        List<AppMessage> m;
        try {
            m = messageSource.messages(s);
        } catch (RuntimeException e) {
            m = List.of();
        }
        if (m == null) return List.of();
        List<AppMessage> sorted = new ArrayList<>(m);
        sorted.sort(Comparator.comparingInt(AppMessage::requestIndex));
        return sorted;
    }

    private List<ResetExplanation> explainStream(StreamView s, CaptureProfile profile,
                                                 Function<StreamView, List<AppMessage>> messagesOf) {
        List<AppMessage> messages = messagesOf.apply(s);
        Judged judged = judge(s, profile, messages, false);
        StreamWords words = new StreamWords(s, profile, messages);
        List<ResetExplanation> out = new ArrayList<>(judged.resets.size());
        for (int k = 0; k < judged.resets.size(); k++) {
            int which = k;
            out.add(verdict(judged.resets.get(k), judged.zeek, () -> words.details(which)));
        }
        return out;
    }

    /** One reset as the rules judged it: its context, the deciding verdict, and the other causes consistent with it. */
    private record Judgement(ResetContext c, Verdict verdict, List<Evidence> also) { }

    /** The resets of a stream, judged in order (a reset's rules see the verdicts of the resets before it). */
    private record Judged(StreamIndex x, List<Integer> positions, List<Judgement> resets, String zeek) { }

    /**
     * Runs the rules over every reset of {@code s}; the first rule whose evidence is present decides. With
     * {@code others} the remaining rules run too, for the causes also consistent with the reset (up to three).
     */
    private static Judged judge(StreamView s, CaptureProfile profile, List<AppMessage> messages, boolean others) {
        StreamIndex x = new StreamIndex(s);
        Map<Integer, String> labels = new HashMap<>();
        for (AppMessage m : messages) {
            labels.putIfAbsent(m.requestIndex(), m.summary());
            if (m.answered() && !m.responseSummary().isEmpty()) labels.putIfAbsent(m.responseIndex(), m.responseSummary());
        }
        Verdict[] earlier = new Verdict[x.n];
        List<Integer> positions = new ArrayList<>();
        List<Judgement> out = new ArrayList<>();
        for (int r = 0; r < x.n; r++) {
            if (!x.isRst(r)) continue;
            positions.add(r);
            ResetContext c = new ResetContext(x, r, profile, messages, earlier, labels);
            Verdict verdict = null;
            List<Evidence> also = others ? new ArrayList<>() : List.of();
            for (Rule rule : RULES) {
                Verdict v = rule.evaluate(c);
                if (v == null) continue;
                if (verdict == null) {
                    verdict = v;
                    if (!others) break;
                } else if (rule.cause() != Cause.UNKNOWN && v.cause() != verdict.cause() && also.size() < 3) {
                    also.add(new Evidence(v.cause().id(), prefixed(v.facts())));
                }
            }
            earlier[r] = verdict;
            out.add(new Judgement(c, verdict, also));
        }
        return new Judged(x, positions, out, ZeekConnState.of(s));
    }

    /**
     * The words of one stream's explanations, written on first use by judging the stream again with every
     * rule (the rules are deterministic, so the verdicts are the ones already given).
     */
    private static final class StreamWords {
        private final StreamView stream;
        private final CaptureProfile profile;
        private final List<AppMessage> messages;
        /* softly held: the words can always be written again */
        private java.lang.ref.SoftReference<List<ResetExplanation.Details>> written;

        StreamWords(StreamView stream, CaptureProfile profile, List<AppMessage> messages) {
            this.stream = stream;
            this.profile = profile;
            this.messages = messages;
        }

        synchronized ResetExplanation.Details details(int k) {
            List<ResetExplanation.Details> words = written == null ? null : written.get();
            if (words == null) {
                words = write(judge(stream, profile, messages, true));
                written = new java.lang.ref.SoftReference<>(words);
            }
            return words.get(k);
        }
    }

    private static List<ResetExplanation.Details> write(Judged judged) {
        List<ManualTrace> traces = ManualTraces.of(judged.x, judged.positions);
        List<ResetExplanation.Details> out = new ArrayList<>(judged.resets.size());
        for (int k = 0; k < judged.resets.size(); k++) out.add(details(judged.resets.get(k), traces.get(k)));
        return out;
    }

    private static List<String> prefixed(List<String> facts) {
        List<String> f = new ArrayList<>();
        f.add("also consistent, but a rule of higher precedence decided");
        f.addAll(facts);
        return f;
    }

    private static SenderRole role(ResetContext c, Verdict v) {
        return v.cause() == Cause.MIDDLEBOX_INJECTED
                ? (c.e == 0 ? SenderRole.MIDDLEBOX_AS_CLIENT : SenderRole.MIDDLEBOX_AS_SERVER)
                : (c.e == 0 ? SenderRole.CLIENT : SenderRole.SERVER);
    }

    /** The verdict of one reset, with its words to be written by {@code words}. */
    private static ResetExplanation verdict(Judgement j, String zeek, Supplier<ResetExplanation.Details> words) {
        ResetContext c = j.c;
        Verdict v = j.verdict;
        StreamView s = c.v;
        int r = c.r;
        int pLast = c.t;
        Integer trigger = v.trigger() >= 0 ? c.frameNo(v.trigger()) : null;
        Double sinceTrigger = v.trigger() >= 0 ? c.sinceNanos(v.trigger()) / 1e9 : null;
        Double sincePeer = pLast >= 0 ? c.sinceNanos(pLast) / 1e9 : null;
        boolean fromClient = c.e == 0;
        return new ResetExplanation(c.frameNo(r), r, s.stream(), role(c, v),
                fromClient ? s.clientAddress() : s.serverAddress(), fromClient ? s.clientPort() : s.serverPort(),
                fromClient ? s.serverAddress() : s.clientAddress(), fromClient ? s.serverPort() : s.clientPort(),
                s.serverPort(), v.cause(), v.confidence(), v.cause().benign(), trigger, sinceTrigger, sincePeer, zeek,
                words);
    }

    /** The words of one reset: state, SEQ/ACK arithmetic, acceptance, chain, evidence, explanation, manual trace. */
    private static ResetExplanation.Details details(Judgement j, ManualTrace manual) {
        ResetContext c = j.c;
        Verdict v = j.verdict;
        StreamView s = c.v;
        int r = c.r;
        long expected = c.pLastAck;
        long offset = expected >= 0 ? Seq.diff(c.rSeq, expected) : 0;
        int pLast = c.t;
        boolean inWindow = expected >= 0 && offset >= 0 && pLast >= 0 && offset < Math.max(1, s.window(pLast));
        SeqAck sa = new SeqAck(c.rSeq, c.rAck, c.rHasAck, c.eNxt, c.pNxt, expected, offset, inWindow,
                c.rHasAck && c.pNxt >= 0 && c.rAck == c.pNxt);
        AcceptanceCheck acc = new AcceptanceCheck(c);
        List<ChainLink> chain = ChainBuilder.build(c, v);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(v.cause().id(), v.facts()));
        evidence.add(new Evidence("seq-ack", List.of(sa.describe())));
        evidence.add(new Evidence("acceptance", List.of(acc.reason)));
        evidence.addAll(j.also);
        int first = c.x.prevRst[c.e][r];
        boolean followUp = first >= 0 && v.cause() != Cause.AFTER_RESET && c.earlier[first] != null
                && v.trigger() == c.earlier[first].trigger() && v.cause() == c.earlier[first].cause();
        String text = ExplanationWriter.write(c, v, role(c, v), followUp, first);
        return new ResetExplanation.Details(state(c), sa, acc.accepted, acc.reason, chain, evidence, text, manual);
    }

    /** The connection state R found, from what the capture shows before R. */
    static String state(ResetContext c) {
        StreamIndex x = c.x;
        if (x.prevRst[c.e][c.r] >= 0) return "reset-already";
        boolean syn = x.hsSyn >= 0 && x.hsSyn < c.r;
        boolean synAck = x.hsSynAck >= 0 && x.hsSynAck < c.r;
        boolean eFin = Exchange.eFinBefore(c), pFin = Exchange.pFinBefore(c);
        if (eFin && pFin) return "closing (both sent FIN)";
        if (eFin) return "closing (" + c.eName() + " sent FIN)";
        if (pFin) return "closing (" + c.pName() + " sent FIN)";
        if (syn && !synAck) return "handshake (SYN sent)";
        if (synAck && (x.hsAck < 0 || x.hsAck > c.r) && x.prevData[0][c.r] < 0) return "handshake (SYN/ACK sent)";
        if (!syn && !synAck && (x.firstSyn[0] < 0 || x.firstSyn[0] > c.r)) return "established (no handshake seen)";
        return "established";
    }

    private static List<ResetExplanation> fallback(StreamView s, RuntimeException bug) {
        List<ResetExplanation> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!s.has(i, StreamView.RST)) continue;
            boolean fc = s.fromClient(i);
            ResetExplanation.Details words = new ResetExplanation.Details("unknown",
                    new SeqAck(s.seq(i), s.ack(i), s.has(i, StreamView.ACK), -1, -1, -1, 0, false, false),
                    Accepted.UNKNOWN, "not analysed", List.of(),
                    List.of(new Evidence("unknown", List.of("the stream could not be analysed: " + bug))),
                    "The stream could not be analysed.", null);
            out.add(new ResetExplanation(s.frame(i) + 1, i, s.stream(), fc ? SenderRole.CLIENT : SenderRole.SERVER,
                    fc ? s.clientAddress() : s.serverAddress(), fc ? s.clientPort() : s.serverPort(),
                    fc ? s.serverAddress() : s.clientAddress(), fc ? s.serverPort() : s.clientPort(), s.serverPort(),
                    Cause.UNKNOWN, Confidence.LOW, false, null, null, null, "OTH", () -> words));
        }
        return out;
    }
}
