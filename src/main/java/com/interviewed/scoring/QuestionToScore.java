package com.interviewed.scoring;

import java.util.List;

/**
 * One interview question with the candidate's answer, ready for a scorer.
 *
 * @param category       the question's kind ({@code TECHNICAL}, {@code BEHAVIOURAL}, …) or {@code null} if unknown
 * @param expectedPoints what a strong answer covers; may be empty
 * @param answerTurns    the candidate's turns that answer it, verbatim, in order
 */
public record QuestionToScore(String question, String category, List<String> expectedPoints,
        List<String> answerTurns) {

    public QuestionToScore {
        expectedPoints = expectedPoints == null ? List.of() : List.copyOf(expectedPoints);
        answerTurns = List.copyOf(answerTurns);
    }

    /** The answer: the candidate's turns joined. */
    public String answer() {
        return String.join(" ", answerTurns).trim();
    }
}
