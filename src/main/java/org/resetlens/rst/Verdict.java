package org.resetlens.rst;

import java.util.List;

/**
 * What one rule concluded about one reset.
 *
 * @param trigger stream-local index of the trigger packet, or -1 for none
 * @param facts   the facts the rule used, as sentences with their numbers
 */
record Verdict(Cause cause, Confidence confidence, int trigger, List<String> facts) {
    Verdict {
        facts = List.copyOf(facts);
    }
}
