package com.interviewed.scoring;

import java.util.List;

/**
 * One question's evaluation.
 *
 * @param evidence verbatim quotes of the candidate's own words (substrings of the answer) that the scores rest on
 * @param missing  expected points the answer did not cover: what a stronger answer would have included
 * @param signals  what moved each dimension (empty for scorers that do not measure signals)
 */
public record ScoredQuestion(String question, String answer, double overall, Dimensions dimensions,
        String feedback, List<String> evidence, List<String> missing, List<Signal> signals) {
}
