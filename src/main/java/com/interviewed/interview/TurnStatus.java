package com.interviewed.interview;

/** How a transcript turn came to be; stored by name in {@code transcript_turns.status}. */
public enum TurnStatus {
    /** Said aloud (the candidate's recognised speech, or the interviewer's whole utterance). */
    SPOKEN,
    /** The candidate typed it. */
    TYPED,
    /** The interviewer was cut off: only what was played is kept. */
    INTERRUPTED,
    /** The candidate corrected what was recognised. */
    EDITED
}
