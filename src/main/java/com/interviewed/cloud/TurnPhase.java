package com.interviewed.cloud;

/**
 * Who holds the floor in a Nova Sonic interview, in the cascade's turn-taking vocabulary (LiveKit's
 * {@code turn_tracker.py} phases IDLE, USER_SPEAKING, USER_FINISHED, ASSISTANT_RESPONDING).
 */
enum TurnPhase {
    /** Nobody speaks and no reply is owed. */
    IDLE,
    /** The microphone hears the candidate (within a short hangover of the last voiced frame). */
    CANDIDATE_SPEAKING,
    /** The candidate finished an answer; Nova has not started its reply yet. */
    INTERVIEWER_THINKING,
    /** Nova is producing a reply, or the browser is still playing one. */
    INTERVIEWER_SPEAKING
}
