package com.interviewed.scoring;

/**
 * The scoring port: turns question-by-question answers into scores, feedback and evidence. Adapters: the
 * embedded signal-based scorer (offline, deterministic) and LLM scorers, chosen by
 * {@code interviewed.scoring.provider}. An LLM adapter should fall back to the embedded scorer rather than fail.
 */
public interface Scorer {

    /** Short stable name stored with every result, for example {@code embedded}. */
    String name();

    ScoreResult score(ScoringRequest request);
}
