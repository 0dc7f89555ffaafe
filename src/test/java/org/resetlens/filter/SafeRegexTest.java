package org.resetlens.filter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.resetlens.core.Span;

/** Patterns that would backtrack for ages end as no match; ordinary ones behave as PCRE's. */
class SafeRegexTest {
    private static final Span SPAN = new Span(0, 1);

    @Test
    void catastrophicBacktrackingEndsAsNoMatch() {
        SafeRegex evil = SafeRegex.compile("^(a+)+$", SPAN);
        assertFalse(evil.find("a".repeat(5_000) + "b"));
        SafeRegex nested = SafeRegex.compile("(x+x+)+y", SPAN);
        assertFalse(nested.find("x".repeat(100)));
    }

    @Test
    void aMatchTooDeepForTheStackEndsAsNoMatch() {
        // (a|aa)+ recurses once per repetition in java.util.regex: 100,000 a's overflow the stack.
        assertFalse(SafeRegex.compile("(a|aa)+$", SPAN).find("a".repeat(100_000) + "!"));
    }

    @Test
    void caseInsensitiveUnlessTurnedOff() {
        assertTrue(SafeRegex.compile("grimm", SPAN).find("www.GRIMM.utah.edu"));
        assertFalse(SafeRegex.compile("(?-i)grimm", SPAN).find("www.GRIMM.utah.edu"));
        assertTrue(SafeRegex.compile("(?P<x>ab)(?P=x)", SPAN).find("xxABABxx"));
        assertTrue(SafeRegex.compile("^(LIST|NLST)$", SPAN).find("nlst"));
    }
}
