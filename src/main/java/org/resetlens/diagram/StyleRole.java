package org.resetlens.diagram;

/** What a piece of the diagram is, for its colour; a {@link Palette} maps roles to colours per theme. */
public enum StyleRole {
    BACKGROUND, TITLE, TEXT, TEXT_MUTED, HEADER_FILL, HEADER_BORDER, LANE,
    ARROW_DATA, ARROW_ACK, ARROW_SYN, ARROW_FIN, ARROW_RST, ARROW_RETRANSMISSION, ARROW_OTHER,
    BAND_RESET, BAND_TRIGGER, BAND_CHAIN, BAND_SELECTED, TAG_RESET, TAG_TRIGGER, TAG_CHAIN,
    BREAK, NOTE_FILL, NOTE_BORDER, EXPLANATION_FILL, EXPLANATION_BORDER, TRACE;

    /** The arrow role of a packet kind. */
    public static StyleRole arrow(EventKind kind) {
        return switch (kind) {
            case RST -> ARROW_RST;
            case SYN -> ARROW_SYN;
            case FIN -> ARROW_FIN;
            case RETRANSMISSION -> ARROW_RETRANSMISSION;
            case DATA -> ARROW_DATA;
            case ACK -> ARROW_ACK;
            case OTHER -> ARROW_OTHER;
        };
    }
}
