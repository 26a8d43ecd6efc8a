package com.interviewed.speech;

/**
 * Events of a {@link RecognitionStream}; times are milliseconds of audio since the stream opened. Every
 * {@code onSpeechStarted} is followed by exactly one {@code onFinal} (unless the stream is closed first), with any
 * number of {@code onPartial} in between.
 */
public interface RecognitionListener {

    /**
     * The recogniser detected speech (used for barge-in); delivered within about 60-100 ms of audio after the
     * onset, and {@code atMillis} is the estimated onset.
     */
    void onSpeechStarted(long atMillis);

    /** The hypothesis so far for the current utterance; may change. */
    void onPartial(String text);

    /** The utterance ended (silence after speech, or flush); {@code text} may be empty if nothing was recognised. */
    void onFinal(String text, long startMillis, long endMillis);

    /**
     * The same final with each word's confidence ({@code words} joined by spaces are {@code text}); the stream
     * calls this one. Listeners that show or keep confidence override it; the default drops the words.
     */
    default void onFinal(String text, long startMillis, long endMillis, java.util.List<RecognizedWord> words) {
        onFinal(text, startMillis, endMillis);
    }

    /**
     * Speech started but no recogniser was free to hear it (a stream opened with
     * {@link SpeechRecognizer#openOnDemand}); reported once, until a recogniser is had again.
     */
    default void onUnavailable(String reason) {
    }
}
