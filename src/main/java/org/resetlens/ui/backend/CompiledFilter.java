package org.resetlens.ui.backend;

/** A display filter that compiled; opaque to the window, understood by the backend that made it. */
public interface CompiledFilter {
    String text();
}
