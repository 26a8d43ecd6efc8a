package com.interviewed.voice.cascade;

import java.util.Locale;
import java.util.Set;

/**
 * Whether an answer stops on a word that leads on ("and", "because", "the", "um"): a candidate who pauses there is
 * thinking mid-sentence, not finished, so the interviewer waits longer before replying. English only, like the
 * recognition model.
 */
final class TrailingWords {

    private static final Set<String> LEADING_ON = Set.of(
            // conjunctions and connectives
            "and", "but", "or", "so", "because", "cause", "since", "although", "though", "while", "whereas",
            "if", "unless", "when", "whenever", "where", "then", "also", "plus", "than", "that", "which", "who",
            "whose", "whom", "like", "as",
            // articles, determiners and possessives
            "the", "a", "an", "this", "these", "those", "some", "any", "every", "each", "my", "our", "your", "their",
            "his", "her", "its",
            // prepositions
            "to", "of", "in", "on", "at", "for", "with", "from", "into", "about", "by", "under", "between",
            "through", "during", "without", "within", "across", "towards", "toward",
            // auxiliaries and subjects that need a verb or an object
            "i", "we", "they", "is", "are", "was", "were", "be", "been", "am", "have", "has", "had", "do", "did",
            "will", "would", "could", "should", "can", "might", "must", "very",
            // hesitations, as the recogniser spells them
            "um", "uh", "er", "erm", "ah", "hmm", "uhm", "basically");

    private TrailingWords() {
    }

    /** True when the last word of {@code answer} leads on; false for an empty answer. */
    static boolean leadsOn(String answer) {
        String text = answer.strip();
        if (text.isEmpty()) {
            return false;
        }
        String last = text.substring(text.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return LEADING_ON.contains(last.replaceAll("[^a-z']", ""));
    }
}
