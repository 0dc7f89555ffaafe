package org.resetlens.ui.backend;

/**
 * Actions other parts of the product provide later (the ladder diagram, annotations); the window
 * disables their menu items and buttons while a hook is absent.
 */
public interface Hooks {
    Hooks NONE = new Hooks() { };

    /** True when {@link #showInLadder} does something. */
    default boolean hasLadder() {
        return false;
    }

    /** Shows a stream in the ladder diagram, centred on a frame (0-based; -1 for the whole stream). */
    default void showInLadder(CaptureSession session, int stream, int frame) { }

    default boolean canAnnotate() {
        return false;
    }

    /** Asks for and attaches a note to a frame; returns true when a note was added. */
    default boolean annotate(CaptureSession session, int frame) {
        return false;
    }
}
