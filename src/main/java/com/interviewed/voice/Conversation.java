package com.interviewed.voice;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;

/**
 * The interview module's side of a live session. Voice sessions report everything said here, in order; the
 * conversation persists it and forwards it to the browser. Implementations are thread-safe: a session may call
 * from its WebSocket thread and from its own worker.
 */
public interface Conversation {

    /** What the interviewer says first: a greeting and first question, or a resume line after a reconnect. */
    InterviewerReply opening();

    /**
     * The interviewer's next move after {@code input}, for providers that do not generate replies themselves (the
     * offline cascade). The conversation applies the move to its state.
     */
    InterviewerReply nextTurn(CandidateInput input);

    /** The candidate began speaking (the recogniser heard speech). */
    void candidateSpeechStarted(String messageId);

    void candidatePartial(String messageId, String text);

    /** A finished candidate utterance; times are milliseconds since the session opened. */
    void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed);

    /**
     * The candidate went on speaking shortly after the spoken answer {@code answerId} was taken as finished: it was
     * a thinking pause. The interviewer's move in reply to that answer is withdrawn and no move is made until
     * {@link #candidateContinued}. False if the conversation has moved on (the speech is then a new answer).
     */
    boolean candidateResumed(String answerId);

    /**
     * The rest of the answer {@code answerId} after {@link #candidateResumed} ({@code text} may be empty, for a
     * cough). Returns the whole answer to reply to, or null if that answer is no longer being continued.
     */
    String candidateContinued(String answerId, String text, long endMillis);

    /** The interviewer starts saying {@code text} in the voice of interviewer {@code speakerIndex}. */
    void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate);

    /** A chunk of the interviewer's audio: PCM16LE mono at the announced sample rate. */
    void interviewerAudio(String messageId, byte[] pcm16le);

    /**
     * The interviewer stopped: finished, or interrupted by the candidate, in which case {@code spokenText} is only
     * what was actually played.
     */
    void interviewerFinished(String messageId, String spokenText, boolean interrupted);

    /** The candidate interrupted the interviewer: the browser must stop playback now. */
    void bargeIn();

    /** A control move decided by a speech-to-speech provider itself (hand-off, coding challenge, end). */
    void control(InterviewerReply reply);

    void error(String code, String message);
}
