package org.resetlens.diagram;

/**
 * One step of a reset's trace-back chain.
 *
 * @param role  the chain role as rst-causes.md names it: {@code acknowledged-until}, {@code sent-while-waiting},
 *              {@code unanswered-request}, {@code trigger}
 * @param frame Wireshark's 1-based frame number
 */
public record TraceLink(String role, int frame) { }
