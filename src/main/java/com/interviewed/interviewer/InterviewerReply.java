package com.interviewed.interviewer;

/**
 * The interviewer's turn and the new conversation position.
 *
 * @param text           what the interviewer says (may be several sentences; may be empty for {@link Action#WAIT})
 * @param speakerIndex   who says it (a panel hand-off changes it)
 * @param questionIndex  the plan step now being asked
 * @param followUpsAsked follow-ups asked for that step
 * @param action         what the interview module must do besides speaking
 * @param challengeId    for {@link Action#CODE_CHALLENGE}, the challenge to open
 */
public record InterviewerReply(String text, int speakerIndex, int questionIndex, int followUpsAsked, Action action,
        String challengeId) {

    public enum Action {
        /** Just speak and listen for the answer. */
        CONTINUE,
        /** Say nothing and keep listening (the candidate asked for a moment). */
        WAIT,
        /** Another panelist takes over; {@code text} is their introduction and question. */
        HAND_OFF,
        /** Open the coding editor with {@code challengeId}. */
        CODE_CHALLENGE,
        /** Speak the closing words, then end the interview. */
        END
    }
}
