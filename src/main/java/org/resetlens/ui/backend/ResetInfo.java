package org.resetlens.ui.backend;

import java.util.List;

/**
 * The explanation of one reset as the window shows it (the rst engine's record, flattened).
 *
 * @param frame        the reset (0-based)
 * @param sender       "client", "server" or "middlebox"
 * @param cause        an identifier from rst-causes.md ({@code request-timeout}, ...)
 * @param confidence   "high", "medium" or "low"
 * @param accepted     "yes", "no" or "unknown"
 * @param arithmetic   the SEQ/ACK facts, one line each ("RST seq 1234 = client next seq 1234 (in window)")
 * @param trace        the trace-back chain, in order, ending with the trigger
 * @param triggerFrame the frame the reset is the consequence of, or -1
 * @param traceFilter  the stream-scoped filter on raw numbers that shows the trace, or ""
 * @param evidence     the rules that decided it, each with the facts it used
 * @param zeekState    the stream's Zeek conn_state, or ""
 */
public record ResetInfo(int frame, int stream, String sender, String cause, String confidence, boolean benign,
                        String accepted, String explanation, List<String> arithmetic, List<TraceStep> trace,
                        int triggerFrame, String traceFilter, List<String> evidence, String zeekState,
                        String timing) {

    /** One link of the trace-back chain: its role ({@code acknowledged-until}, ...), frame, and summary. */
    public record TraceStep(String role, int frame, String summary) { }
}
