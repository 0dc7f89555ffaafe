package org.resetlens.rst;

/** The place of a frame in a reset's trace-back chain (rst-causes.md, "The trace-back chain"). */
public enum ChainRole {
    ACKNOWLEDGED_UNTIL("acknowledged-until"), SENT_WHILE_WAITING("sent-while-waiting"),
    UNANSWERED_REQUEST("unanswered-request"), TRIGGER("trigger");

    private final String id;

    ChainRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
