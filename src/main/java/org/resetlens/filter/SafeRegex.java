package org.resetlens.filter;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.resetlens.core.Span;

/**
 * A {@code matches} pattern: PCRE syntax mapped to java.util.regex, case-insensitive unless the
 * pattern says {@code (?-i)}, run over a text that counts the matcher's character reads and
 * stops a match (as no match) after a fixed budget, so no pattern can backtrack for long; a match
 * that recurses too deeply for the stack is no match too.
 */
final class SafeRegex {
    /** Character reads one match may make before it is abandoned as no match. */
    static final long STEP_BUDGET = 1_000_000;

    private final Pattern pattern;

    private SafeRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    static SafeRegex compile(String pcre, Span span) {
        String java = pcre.replace("(?P<", "(?<").replaceAll("\\(\\?P=(\\w+)\\)", "\\\\k<$1>");
        try {
            return new SafeRegex(Pattern.compile(java, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        } catch (PatternSyntaxException e) {
            String why = java.indexOf(']') < 0 && java.indexOf('[') >= 0 ? "missing terminating ] for character class"
                    : describe(e);
            throw new FilterError(ErrorCodes.BAD_REGEX, span, "Regex compilation error: " + why + ".");
        }
    }

    private static String describe(PatternSyntaxException e) {
        String d = e.getDescription();
        if (d.startsWith("Unclosed group")) return "missing closing parenthesis";
        if (d.startsWith("Unclosed character class")) return "missing terminating ] for character class";
        if (d.startsWith("Unmatched closing ')'")) return "unmatched closing parenthesis";
        if (d.startsWith("Dangling meta character")) return "quantifier does not follow a repeatable item";
        return d.toLowerCase(java.util.Locale.ROOT) + (e.getIndex() >= 0 ? " at offset " + e.getIndex() : "");
    }

    /** True when the pattern occurs in {@code text} within the step budget. */
    boolean find(CharSequence text) {
        try {
            return pattern.matcher(new Budgeted(text, new long[] {STEP_BUDGET})).find();
        } catch (BudgetExceeded e) {
            return false;
        } catch (StackOverflowError e) {
            // java.util.regex recurses per repetition of a group: a long text can exhaust the stack
            // well within the step budget. Like PCRE's depth limit, that is no match.
            return false;
        }
    }

    private static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    /** A text whose reads are counted against a shared budget. */
    private record Budgeted(CharSequence text, long[] budget) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) throw new BudgetExceeded();
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.subSequence(start, end), budget);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
