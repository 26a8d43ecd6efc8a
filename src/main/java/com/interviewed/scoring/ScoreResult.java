package com.interviewed.scoring;

import java.util.List;

/**
 * A scorer's verdict on a whole interview.
 *
 * @param scorer     which scorer produced it, for example {@code embedded} or {@code openai-compatible}
 * @param scorerNote why that scorer (for example the reason a fallback happened), or {@code null}
 */
public record ScoreResult(String scorer, String scorerNote, double overall, Dimensions dimensions,
        List<ScoredQuestion> questions) {

    public ScoreResult withScorer(String name, String note) {
        return new ScoreResult(name, note, overall, dimensions, questions);
    }
}
