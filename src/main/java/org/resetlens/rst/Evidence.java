package org.resetlens.rst;

import java.util.List;

/**
 * What one rule saw: its name (a cause id, or {@code seq-ack}, {@code acceptance}) and the facts it used,
 * each a short sentence with the numbers, e.g. {@code R.seq 448284573 = E.nxt 448284573}.
 */
public record Evidence(String rule, List<String> facts) {
    public Evidence {
        facts = List.copyOf(facts);
    }
}
