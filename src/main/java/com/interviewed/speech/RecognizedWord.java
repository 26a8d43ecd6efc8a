package com.interviewed.speech;

/**
 * One word of a final hypothesis with the recogniser's confidence in it: the posterior probability of the word
 * in the utterance's lattice (0..1). Words below {@link #UNSURE_BELOW} are shown as unsure, so the candidate sees
 * what to correct and the report does not quote them as if they had certainly been said.
 *
 * @param startMillis audio time of the word's start, on the stream's time base
 * @param endMillis   audio time of the word's end
 */
public record RecognizedWord(String word, double confidence, long startMillis, long endMillis) {

    /** Tuned on the benchmark's tuning answers; see docs/speech.md. */
    public static final double UNSURE_BELOW = 0.5;

    public boolean unsure() {
        return confidence < UNSURE_BELOW;
    }
}
