package com.interviewed.speech;

import java.time.Duration;

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

    /**
     * Opens a stream that holds a recogniser only while the candidate speaks: it takes one when speech starts and
     * gives it back after a stretch of quiet, so idle and typing candidates hold none and the pool is never a cap on
     * how many interviews can be open. When none is free the listener hears
     * {@link RecognitionListener#onUnavailable} instead of the utterance. {@code trailingSilence} ends an utterance.
     *
     * @throws SpeechUnavailableException when the recogniser is not installed
     */
    default RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence) {
        return open(listener);
    }

    /**
     * {@link #openOnDemand(RecognitionListener, Duration)} expecting {@code context}: the context is applied to
     * each recogniser the stream takes and removed when it gives it back.
     */
    default RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence,
            RecognitionContext context) {
        return openOnDemand(listener, trailingSilence);
    }

    /**
     * {@link #openOnDemand(RecognitionListener, Duration, RecognitionContext)} for {@code account} (who speaks, e.g.
     * a candidate or an invitation): past the account's share of recognisers, counted over all its streams, its
     * next utterance is refused ({@link RecognitionListener#onUnavailable}) while other accounts still find one.
     */
    default RecognitionStream openOnDemand(RecognitionListener listener, Duration trailingSilence,
            RecognitionContext context, String account) {
        return openOnDemand(listener, trailingSilence, context);
    }

    /** False when the offline recogniser is not installed; interviews then work in typed mode. */
    boolean available();
}
