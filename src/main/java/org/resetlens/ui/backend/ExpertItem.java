package org.resetlens.ui.backend;

/**
 * One Expert Information entry, as Wireshark groups them.
 *
 * @param group    Wireshark's expert group ("Sequence", "Malformed", "Protocol"...)
 * @param frame    the 0-based frame it belongs to
 */
public record ExpertItem(Level level, String group, String protocol, String summary, int frame) {

    /** Expert severities, most severe first (the order the window shows them). */
    public enum Level { ERROR, WARNING, NOTE, CHAT }
}
