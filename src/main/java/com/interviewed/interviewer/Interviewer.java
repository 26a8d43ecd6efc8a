package com.interviewed.interviewer;

/**
 * The interviewer's turn logic. Stateless: everything it needs is in the {@link InterviewContext}, which the
 * interview module keeps and persists; the reply says what was said and where the conversation now stands.
 */
public interface Interviewer {

    InterviewerReply respond(InterviewContext context, CandidateInput input);

    /** For logs and the admin page, for example {@code deterministic} or {@code openai:gpt-4o-mini}. */
    String name();
}
