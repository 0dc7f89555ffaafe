package org.resetlens.core;

/** A flag a long task polls so that a user can stop it; safe to set from any thread. */
public final class CancelToken {
    private volatile boolean cancelled;

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
