package org.resetlens.diagram;

import java.util.List;

/**
 * The reset whose trace-back the ladder draws: a connector from the reset to its trigger and the
 * explanation as a callout.
 *
 * @param resetFrame   the RST's frame number
 * @param triggerFrame the trigger's frame number, or 0 when there is none
 * @param cause        the cause id ({@code request-timeout}), or ""
 * @param explanation  plain-language explanation
 */
public record ResetTrace(int resetFrame, int triggerFrame, String cause, List<TraceLink> chain,
                         String explanation) {
    public ResetTrace {
        chain = List.copyOf(chain);
        cause = cause == null ? "" : cause;
        explanation = explanation == null ? "" : explanation;
    }

    public boolean hasTrigger() {
        return triggerFrame > 0;
    }

    /** The chain role of {@code frame}, or null when it is not in the chain. */
    public String roleOf(int frame) {
        for (TraceLink l : chain) {
            if (l.frame() == frame) return l.role();
        }
        return null;
    }
}
