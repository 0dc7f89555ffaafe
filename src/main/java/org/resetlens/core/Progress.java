package org.resetlens.core;

/** Receives progress of a long task, in units the task chooses (bytes read, frames done). */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
