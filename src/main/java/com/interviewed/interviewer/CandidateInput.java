package com.interviewed.interviewer;

/** What just happened on the candidate's side. */
public sealed interface CandidateInput {

    /** The interview starts (or the next panelist takes over): greet and ask the first question. */
    record Start() implements CandidateInput {
    }

    /** A finished answer, spoken (recognised text, possibly with errors) or typed. */
    record Answer(String text) implements CandidateInput {
    }

    /** The candidate has said nothing for {@code seconds} after the interviewer finished. */
    record Silence(int seconds) implements CandidateInput {
    }

    /** The candidate's latest code at a coding step, and the test results if they ran them ({@code null} if not). */
    record CodeUpdate(String language, String code, String testSummary) implements CandidateInput {
    }

    /** The candidate asked to end now. */
    record EndRequested() implements CandidateInput {
    }
}
