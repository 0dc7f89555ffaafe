package org.resetlens.rst;

import java.util.List;

/**
 * What one rule concluded about one reset.
 *
 * @param trigger stream-local index of the trigger packet, or -1 for none
 * @param facts   the facts the rule used, as sentences with their numbers
 * @param root    for a follow-up reset, the verdict of the first reset it follows; else null
 */
record Verdict(Cause cause, Confidence confidence, int trigger, List<String> facts, Verdict root) {
    Verdict {
        facts = List.copyOf(facts);
    }

    Verdict(Cause cause, Confidence confidence, int trigger, List<String> facts) {
        this(cause, confidence, trigger, facts, null);
    }

    /** The verdict whose facts say why: this one, or the first reset's for a follow-up. */
    Verdict origin() {
        return root == null ? this : root;
    }
}
