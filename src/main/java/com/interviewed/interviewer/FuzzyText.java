package com.interviewed.interviewer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Phrase matching that tolerates speech-recognition errors: lower case, no punctuation, and a few wrong, missing or
 * extra letters. Words are compared with the spaces removed so that split or merged words ("a gain" for "again")
 * still match.
 */
final class FuzzyText {

    private FuzzyText() {
    }

    /** Lower case, apostrophes dropped ("don't" → "dont"), other punctuation turned into spaces, spaces collapsed. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^a-z0-9%]+", " ")
                .trim();
    }

    static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }

    /**
     * Whether {@code phrase} occurs in {@code normalised} text. Phrases of up to four letters must be whole words
     * ("no" must not match "know"); longer ones may differ by about one letter in six.
     */
    static boolean contains(String normalised, String phrase) {
        String p = normalise(phrase);
        if (p.replace(" ", "").length() <= 4) {
            return (" " + normalised + " ").contains(" " + p + " ");
        }
        String compactPhrase = p.replace(" ", "");
        String compactText = normalised.replace(" ", "");
        return distanceToBestSubstring(compactPhrase, compactText) <= compactPhrase.length() / 6;
    }

    static boolean containsAny(String normalised, List<String> phrases) {
        return phrases.stream().anyMatch(phrase -> contains(normalised, phrase));
    }

    /** Smallest edit distance between {@code pattern} and any substring of {@code text} (Sellers' algorithm). */
    static int distanceToBestSubstring(String pattern, String text) {
        int m = pattern.length();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
        }
        int best = previous[m];
        for (int j = 1; j <= text.length(); j++) {
            current[0] = 0;
            for (int i = 1; i <= m; i++) {
                int substitution = previous[i - 1] + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1);
                current[i] = Math.min(substitution, Math.min(previous[i] + 1, current[i - 1] + 1));
            }
            best = Math.min(best, current[m]);
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return best;
    }
}
