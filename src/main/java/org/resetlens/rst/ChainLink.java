package org.resetlens.rst;

/**
 * One frame of a trace-back chain.
 *
 * @param frame Wireshark's 1-based frame number
 * @param note  what the frame is, e.g. {@code SMB2 CREATE Request, waited 3.002 s}; may be empty
 */
public record ChainLink(ChainRole role, int frame, String note) { }
