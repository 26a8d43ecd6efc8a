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
            // subjects that need a verb; not the auxiliaries, which end short answers as often as they lead on
            // ("Yes, I did.", "That's all I have.", "I think we could.") and which the recogniser also makes of
            // other words ("by half" heard as "by have"), holding finished answers back for a second
            "i", "we", "they", "very",
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
