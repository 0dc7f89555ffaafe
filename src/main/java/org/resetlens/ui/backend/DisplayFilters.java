package org.resetlens.ui.backend;

import java.util.List;

/** Compiles display-filter text (names and types checked against the field registry). */
public interface DisplayFilters {
    /** Compiles {@code text}; never throws on bad input. Empty text means "show everything". */
    FilterCheck check(String text);

    /** Every field and protocol name a filter may use, for completion. */
    List<String> fieldNames();
}
