package io.pledgebench.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …?" for a mistyped command or option: the candidates closest to the typed word by edit distance
 * (insertions, deletions, substitutions and transpositions of neighbouring letters, ignoring letter case), and only
 * those close enough to be a typing slip: one edit in a word of up to four letters, two in a longer one. picocli's
 * own suggestions rank by shared letter pairs and offered {@code alerts} and {@code comparables} for {@code imprt}
 * (cold attacker review of issue 13).
 */
final class Suggestions {

    private Suggestions() {
    }

    /** The candidates at the smallest edit distance from {@code word}, when that distance is a typing slip. */
    static List<String> closest(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) {
            return List.of();
        }
        String typed = word.toLowerCase(Locale.ROOT);
        int allowed = slips(typed);
        int best = Integer.MAX_VALUE;
        List<String> found = new ArrayList<>();
        for (String c : candidates) {
            int d = distance(typed, c.toLowerCase(Locale.ROOT));
            if (d > allowed || d > best) {
                continue;
            }
            if (d < best) {
                best = d;
                found.clear();
            }
            if (!found.contains(c)) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }

    /** The edits a typing slip makes in a word of this length (ignoring leading dashes of an option). */
    private static int slips(String typed) {
        int letters = typed.replaceFirst("^-+", "").length();
        return letters <= 4 ? 1 : 2;
    }

    /** Optimal string alignment distance: Levenshtein with transpositions of neighbouring characters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
