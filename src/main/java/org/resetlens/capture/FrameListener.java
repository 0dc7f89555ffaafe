package org.resetlens.capture;

/**
 * Called by a reader after each frame is appended to the index, on the loader thread, in file
 * order: this is where the single sequential analysis pass runs.
 */
@FunctionalInterface
public interface FrameListener {
    FrameListener NONE = (index, frame) -> { };

    void onFrame(FrameIndex index, int frame);
}
