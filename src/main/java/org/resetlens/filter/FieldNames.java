package org.resetlens.filter;

import java.util.Optional;
import org.resetlens.dissect.FieldDef;
import org.resetlens.dissect.FieldRegistry;

/** Finds the registered name nearest to a mistyped one (edit distance with transpositions). */
final class FieldNames {
    private FieldNames() { }

    /** The closest registered name within a distance that still looks like a typo, if any. */
    static Optional<String> nearest(String name, FieldRegistry registry) {
        int limit = Math.min(3, Math.max(1, name.length() / 5));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FieldDef f : registry.all()) {
            String candidate = f.abbrev();
            if (Math.abs(candidate.length() - name.length()) > limit) continue;
            int d = distance(name, candidate, limit);
            if (d < bestDistance || (d == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b, int cap) {
        int n = a.length(), m = b.length();
        int[] prev2 = new int[m + 1], prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) return cap + 1;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
