package org.resetlens.core;

/**
 * A problem found in user input (a capture file or a filter), reported instead of thrown.
 *
 * @param severity how serious it is
 * @param code     a stable machine-readable code such as {@code pcap.record.length}
 * @param message  a sentence a user can read
 * @param offset   the byte offset in the file, or the start column in a filter; -1 when unknown
 * @param length   the length of the offending span (bytes or characters); 0 when unknown
 */
public record Diagnostic(Severity severity, String code, String message, long offset, long length) {

    public static Diagnostic warning(String code, long offset, String message) {
        return new Diagnostic(Severity.WARNING, code, message, offset, 0);
    }

    public static Diagnostic error(String code, long offset, String message) {
        return new Diagnostic(Severity.ERROR, code, message, offset, 0);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
