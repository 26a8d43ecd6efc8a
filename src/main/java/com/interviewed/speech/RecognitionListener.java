package com.interviewed.speech;

/** Events of a {@link RecognitionStream}; times are milliseconds of audio since the stream opened. */
public interface RecognitionListener {

    /** The recogniser detected speech (used for barge-in). */
    void onSpeechStarted(long atMillis);

    /** The hypothesis so far for the current utterance; may change. */
    void onPartial(String text);

    /** The utterance ended (silence after speech, or flush); {@code text} may be empty if nothing was recognised. */
    void onFinal(String text, long startMillis, long endMillis);
}
