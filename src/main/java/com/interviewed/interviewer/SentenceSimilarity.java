package com.interviewed.interviewer;

/**
 * How close two texts are in meaning, from -1 to 1; {@link #NONE} when no model is available (plain unit tests),
 * in which case the answer reader relies on word overlap alone.
 */
@FunctionalInterface
public interface SentenceSimilarity {

    SentenceSimilarity NONE = (a, b) -> Double.NaN;

    /** Cosine similarity of the two texts' sentence embeddings, or {@code NaN} when unknown. */
    double similarity(String a, String b);
}
