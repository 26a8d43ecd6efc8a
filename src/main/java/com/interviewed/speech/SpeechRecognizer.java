package com.interviewed.speech;

/**
 * Speech-to-text port. One {@link RecognitionStream} per live interview; it endpoints by itself (decides when the
 * candidate finished an utterance) and reports partial and final hypotheses to its listener.
 */
public interface SpeechRecognizer {

    /** Opens a stream; listener callbacks run on the thread that calls {@link RecognitionStream#accept}. */
    RecognitionStream open(RecognitionListener listener);

    /** False when the offline recogniser is not installed; interviews then work in typed mode. */
    boolean available();
}
