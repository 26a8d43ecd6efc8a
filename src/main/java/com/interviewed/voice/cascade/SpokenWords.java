package com.interviewed.voice.cascade;

import java.util.Locale;
import java.util.Set;

/**
 * Counts the words of a recognised hypothesis that are words and not hesitations: what makes an interruption
 * real. A cough or a burst of noise gives no hypothesis or a lone "uh"; a candidate who interrupts says something.
 */
final class SpokenWords {

    private static final Set<String> HESITATIONS = Set.of("um", "uh", "er", "erm", "ah", "hmm", "uhm", "mm", "mhm",
            "hm", "oh", "huh", "ha");

    private SpokenWords() {
    }

    static int count(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            String word = token.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9']", "");
            if (!word.isEmpty() && !HESITATIONS.contains(word)) {
                words++;
            }
        }
        return words;
    }
}
