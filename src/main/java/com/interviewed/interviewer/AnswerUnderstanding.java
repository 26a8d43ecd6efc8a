package com.interviewed.interviewer;

import java.util.List;

/**
 * What one candidate turn was, read against the question it answers: the kind of turn, which expected points it
 * covers and misses, and which later planned steps it already covered. Public so that other modules (scoring) can
 * read answers the same way the interviewer does.
 *
 * @param kind            what the turn is (an answer, a request, a question back, …)
 * @param words           words in the turn
 * @param coveredPoints   the step's expected points the turn covers, in the bank's order
 * @param missingPoints   the step's expected points it does not cover, most important (first listed) first
 * @param relevance       0–1, how much the turn is about the question (word overlap, or sentence similarity when a
 *                        model is available)
 * @param hasExample      a concrete example: someone did something ("we moved the events to Kafka")
 * @param hasResult       a result: a number, a measured change
 * @param coveredStepIds  ids of later planned steps this turn already answered
 * @param mention         something specific the candidate said, to name in a follow-up ("Kafka"), or {@code ""}
 */
public record AnswerUnderstanding(Kind kind, int words, List<String> coveredPoints, List<String> missingPoints,
        double relevance, boolean hasExample, boolean hasResult, List<String> coveredStepIds, String mention) {

    public enum Kind {
        /** A real attempt at the question. */
        ANSWER,
        /** On topic but too short to judge. */
        THIN,
        /** About something else entirely. */
        OFF_TOPIC,
        /** Repeats the question's own words without adding anything. */
        KEYWORD_ECHO,
        /** Buzzwords without a concrete point ("we leveraged synergies for impactful outcomes"). */
        EVASIVE,
        /** The same answer the candidate already gave. */
        REPEATED,
        /** Declines to answer ("I'd rather not say", "skip"). */
        REFUSAL,
        /** Cannot get started ("I'm stuck", "I don't know"). */
        STUCK,
        /** Asks to hear the question again. */
        REPEAT_REQUEST,
        /** Asks for the question in other words. */
        REPHRASE_REQUEST,
        /** Asks for a moment to think. */
        TIME_REQUEST,
        /** Asks what the question means or covers ("Do you mean in PostgreSQL specifically?"). */
        CLARIFICATION,
        /** Asks the interviewer something about the job, team or process. */
        QUESTION_TO_INTERVIEWER,
        /** Says they have nothing more ("No, that is all, thank you."). */
        DONE
    }

    /** Whether the turn tried to answer the question (rather than asking, declining or wandering off). */
    public boolean isAttempt() {
        return kind == Kind.ANSWER || kind == Kind.THIN;
    }

    /** Whether acknowledging it with praise would be honest: a full answer covering at least half its points. */
    public boolean deservesPraise() {
        return kind == Kind.ANSWER && coveredPoints.size() * 2 >= coveredPoints.size() + missingPoints.size();
    }
}
