package com.interviewed.voice;

/**
 * One live connection's audio and text, in and out. Implementations carry audio and text only: everything said is
 * reported to the {@link VoiceConversation}, which owns history, state and persistence. Methods may be called from the
 * WebSocket thread and must not block it for long.
 */
public interface VoiceSession extends AutoCloseable {

    /** The interviewer opens (greets, or resumes where the conversation left off). */
    void start();

    /** Candidate microphone audio: PCM16 mono at 16 kHz. */
    void acceptAudio(short[] samples, int length);

    /** A typed answer; it interrupts the interviewer like speech does. */
    void acceptText(String text);

    /** The interviewer's latest code at a coding step, or test results, for the interviewer to discuss. */
    void acceptCode(String language, String code, String testSummary);

    /** The candidate asked to end: the interviewer closes politely, then the conversation ends. */
    void requestEnd();

    /** Releases the recogniser and any provider stream. Idempotent. */
    @Override
    void close();
}
