package com.interviewed.scoring;

import java.util.List;

/**
 * One question's evaluation.
 *
 * @param question the planned question text (or, without a plan, what the interviewer asked)
 * @param evidence verbatim quotes of the candidate's own words (substrings of the answer) that the scores rest on
 * @param missing  expected points the answer did not cover: what a stronger answer would have included
 * @param signals  what moved each dimension (empty for scorers that do not measure signals)
 * @param askedBy  who asked it (in a panel, the panelist), or {@code null} when the transcript does not say
 * @param category the planned question's kind ({@code TECHNICAL}, {@code CODING}, …) or {@code null}
 * @param code     for a coding question, the candidate's final code and its test outcome, else {@code null}
 */
public record ScoredQuestion(String question, String answer, double overall, Dimensions dimensions,
        String feedback, List<String> evidence, List<String> missing, List<Signal> signals, String askedBy,
        String category, CodeEvidence code) {

    /** A scorer's verdict, before the transcript's context (who asked, the question's kind, the code) is added. */
    public ScoredQuestion(String question, String answer, double overall, Dimensions dimensions, String feedback,
            List<String> evidence, List<String> missing, List<Signal> signals) {
        this(question, answer, overall, dimensions, feedback, evidence, missing, signals, null, null, null);
    }

    ScoredQuestion asked(String by, String kind) {
        return new ScoredQuestion(question, answer, overall, dimensions, feedback, evidence, missing, signals, by,
                kind, code);
    }
}
