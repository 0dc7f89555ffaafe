package org.resetlens.ui.backend;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The explanation of one reset as the window shows it (the rst engine's record, flattened). The verdict
 * (sender, cause, confidence, trigger, timing) is there from the start; the words (acceptance, explanation,
 * arithmetic, trace, evidence) are written when the pane first shows them, as the engine writes its own.
 *
 * <ul>
 *   <li>{@code frame}: the reset (0-based); {@code sender}: "client", "server" or "middlebox"</li>
 *   <li>{@code cause}: an identifier from rst-causes.md ({@code request-timeout}, ...); {@code confidence}:
 *       "high", "medium" or "low"</li>
 *   <li>{@code accepted}: "yes", "no" or "unknown", with the reason</li>
 *   <li>{@code arithmetic}: the SEQ/ACK facts, one line each ("RST seq 1234 = client next seq 1234 (in
 *       window)")</li>
 *   <li>{@code trace}: the trace-back chain, in order, ending with the trigger; {@code triggerFrame}: the
 *       frame the reset is the consequence of, or -1; {@code traceFilter}: the stream-scoped filter on raw
 *       numbers that shows the trace, or ""</li>
 *   <li>{@code evidence}: the rules that decided it, each with the facts it used; {@code zeekState}: the
 *       stream's Zeek conn_state, or ""</li>
 * </ul>
 */
public final class ResetInfo {
    /** One link of the trace-back chain: its role ({@code acknowledged-until}, ...), frame, and summary. */
    public record TraceStep(String role, int frame, String summary) { }

    /** The words of an explanation, written on first use. */
    record Words(String accepted, String explanation, List<String> arithmetic, List<TraceStep> trace,
                 String traceFilter, List<String> evidence) {
        Words {
            arithmetic = List.copyOf(arithmetic);
            trace = List.copyOf(trace);
            evidence = List.copyOf(evidence);
        }
    }

    private final int frame, stream, triggerFrame;
    private final String sender, cause, confidence, zeekState, timing;
    private final boolean benign;
    private final Supplier<Words> writer;
    private volatile Words words;

    /** A reset with its words already written. */
    public ResetInfo(int frame, int stream, String sender, String cause, String confidence, boolean benign,
                     String accepted, String explanation, List<String> arithmetic, List<TraceStep> trace,
                     int triggerFrame, String traceFilter, List<String> evidence, String zeekState, String timing) {
        this(frame, stream, sender, cause, confidence, benign, triggerFrame, zeekState, timing, null);
        this.words = new Words(accepted, explanation, arithmetic, trace, traceFilter, evidence);
    }

    /** A reset whose words {@code writer} writes when first asked for. */
    ResetInfo(int frame, int stream, String sender, String cause, String confidence, boolean benign, int triggerFrame,
              String zeekState, String timing, Supplier<Words> writer) {
        this.frame = frame;
        this.stream = stream;
        this.sender = sender;
        this.cause = cause;
        this.confidence = confidence;
        this.benign = benign;
        this.triggerFrame = triggerFrame;
        this.zeekState = zeekState;
        this.timing = timing;
        this.writer = writer;
    }

    private Words words() {
        Words w = words;
        if (w == null) words = w = Objects.requireNonNull(writer).get();
        return w;
    }

    public int frame() { return frame; }
    public int stream() { return stream; }
    public String sender() { return sender; }
    public String cause() { return cause; }
    public String confidence() { return confidence; }
    public boolean benign() { return benign; }
    public int triggerFrame() { return triggerFrame; }
    public String zeekState() { return zeekState; }
    public String timing() { return timing; }

    public String accepted() { return words().accepted(); }
    public String explanation() { return words().explanation(); }
    public List<String> arithmetic() { return words().arithmetic(); }
    public List<TraceStep> trace() { return words().trace(); }
    public String traceFilter() { return words().traceFilter(); }
    public List<String> evidence() { return words().evidence(); }

    @Override
    public String toString() {
        return "reset frame " + (frame + 1) + " (stream " + stream + ", " + sender + "): " + cause;
    }
}
