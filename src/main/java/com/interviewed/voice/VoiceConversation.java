package com.interviewed.voice;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.speech.RecognizedWord;
import java.util.List;

/**
 * The interview module's side of a live session. Voice sessions report everything said here, in order, from their
 * one worker; the conversation persists it and forwards it to the browser. Only {@link #bargeIn} may come from
 * another thread (interruption is a priority lane). No method holds a lock across a database, socket or model call.
 */
public interface VoiceConversation {

    /**
     * The interviewer's next move after {@code input}, decided on a snapshot of the conversation; nothing changes
     * until the move is {@link #commit committed}. Slow (it may call a model): never call it on a session's worker.
     * Null once the interview has ended.
     */
    InterviewerMove decide(CandidateInput input);

    /**
     * Applies a decided move to the interview's state: when its words start to be spoken, or at once for a move
     * without words. False if the state changed since the move was decided (the move is stale: decide again).
     */
    boolean commit(InterviewerMove move);

    /** What the interviewer says first (a greeting, or a resume line after a reconnect), decided and committed. */
    default InterviewerReply opening() {
        InterviewerMove move = decide(new CandidateInput.Start());
        if (move == null || !commit(move)) {
            return null;
        }
        return move.reply();
    }

    /** The candidate began speaking (the recogniser heard speech). */
    void candidateSpeechStarted(String messageId);

    void candidatePartial(String messageId, String text);

    /**
     * A finished candidate utterance; times are milliseconds since the session opened. {@code words} are the
     * recogniser's words of {@code text} with their confidence, in order (joined by spaces they are {@code text});
     * empty when typed or when the recogniser gives no confidence (speech-to-speech providers).
     */
    void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed,
            List<RecognizedWord> words);

    /**
     * The candidate went on with the spoken answer {@code messageId} after a thinking pause: {@code wholeText} is
     * the whole answer now, ending at {@code endMillis}, and {@code wholeWords} its words (as in
     * {@link #candidateFinal}).
     */
    default void candidateContinued(String messageId, String wholeText, long endMillis,
            List<RecognizedWord> wholeWords) {
    }

    /** The interviewer starts saying {@code text} in the voice of interviewer {@code speakerIndex}. */
    void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate);

    /** After a false interruption (a cough), the interviewer goes on with {@code messageId}: audio restarts. */
    default void interviewerResumed(String messageId, int sampleRate) {
    }

    /**
     * While {@code messageId} is playing, the browser has by now played {@code heardText} of it (whole sentences
     * so far): what is kept should the session die before {@link #interviewerFinished} is called.
     */
    default void interviewerHeard(String messageId, String heardText) {
    }

    /** A chunk of the interviewer's audio: PCM16LE mono at the announced sample rate. */
    void interviewerAudio(String messageId, byte[] pcm16le);

    /**
     * The interviewer stopped: finished, or interrupted by the candidate, in which case {@code spokenText} is only
     * what was actually played.
     */
    void interviewerFinished(String messageId, String spokenText, boolean interrupted);

    /** The candidate interrupted the interviewer: the browser must stop playback now. Any thread. */
    void bargeIn();

    /** A control move decided by a speech-to-speech provider itself (hand-off, coding challenge, end). */
    void control(InterviewerReply reply);

    /**
     * Speech recognition is not available to this session right now (none installed, or every recogniser busy):
     * the candidate must type. {@code reason} is for the candidate.
     */
    default void speechUnavailable(String reason) {
    }

    void error(String code, String message);
}
