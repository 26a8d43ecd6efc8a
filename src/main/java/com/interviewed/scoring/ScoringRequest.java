package com.interviewed.scoring;

import java.util.List;

/**
 * What a {@link Scorer} scores: the role, the optional job description and the question-by-question answers.
 *
 * @param language ISO code of the interview language, for example {@code en}
 */
public record ScoringRequest(String role, String jobDescription, String language, List<QuestionToScore> questions) {

    public ScoringRequest {
        jobDescription = jobDescription == null ? "" : jobDescription;
        language = language == null || language.isBlank() ? "en" : language;
        questions = List.copyOf(questions);
    }
}
