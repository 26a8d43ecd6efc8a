package com.interviewed.interview;

import com.interviewed.speech.RecognizedWord;
import java.util.List;

/**
 * One word of a spoken candidate turn as the recogniser heard it, with its confidence (0..1, the word's posterior
 * in the recogniser's lattice). Unsure words are marked in the room, so the candidate sees what to correct, and in
 * the report, so nobody reads them as certainly said.
 */
public record HeardWord(String word, double confidence) {

    public boolean unsure() {
        return confidence < RecognizedWord.UNSURE_BELOW;
    }

    /** The recogniser's words, with confidence rounded to two places (what is stored and sent). */
    static List<HeardWord> of(List<RecognizedWord> words) {
        return words.stream().map(w -> new HeardWord(w.word(), Math.round(w.confidence() * 100) / 100.0)).toList();
    }

    /**
     * {@code words} if they are the words of {@code text} (joined by single spaces), else none: a turn whose text
     * changed some other way shows no marks rather than marks on the wrong words.
     */
    static List<HeardWord> matching(List<HeardWord> words, String text) {
        if (words == null || words.isEmpty() || text == null) {
            return List.of();
        }
        String joined = String.join(" ", words.stream().map(HeardWord::word).toList());
        return joined.equals(text.strip()) ? words : List.of();
    }
}
