package org.resetlens.cli;

import org.resetlens.capture.Capture;
import org.resetlens.core.Diagnostic;

/** Error reporting shared by the {@code ladder} and {@code annotate} commands. */
final class LadderCliSupport {
    private LadderCliSupport() { }

    /** Prints {@code resetlens: MESSAGE} on stderr and returns {@code status}. */
    static int fail(int status, String message) {
        System.err.println("resetlens: " + message);
        return status;
    }

    /** The capture's first error message. */
    static String firstError(Capture c) {
        return c.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::message).findFirst()
                .orElse("cannot read " + c.path());
    }
}
