package com.interviewed.speech;

/**
 * Speech-to-text port. One {@link RecognitionStream} per live interview; it endpoints by itself (decides when the
 * candidate finished an utterance) and reports partial and final hypotheses to its listener.
 */
public interface SpeechRecognizer {

    /**
     * Opens a stream; listener callbacks run on the thread that calls {@link RecognitionStream#accept} (or
     * {@link RecognitionStream#flush}). Close every stream: it holds a pooled recogniser.
     *
     * @throws SpeechUnavailableException when the recogniser is not installed, or all recognisers stayed busy for
     *                                    the configured wait; the interview then continues in typed mode
     */
    RecognitionStream open(RecognitionListener listener);

    /**
     * Opens a stream that expects the words and phrasing of {@code context} (an interview's questions, role and
     * resume); the context is the stream's alone and is forgotten when it closes. Recognisers that cannot use a
     * context ignore it.
     */
    default RecognitionStream open(RecognitionListener listener, RecognitionContext context) {
        return open(listener);
    }

    /** False when the offline recogniser is not installed; interviews then work in typed mode. */
    boolean available();
}
