package org.resetlens.filter;

/** A compiled test: true when a frame passes. */
@FunctionalInterface
interface FrameTest {
    boolean test(Evaluation ev, int frame);
}
