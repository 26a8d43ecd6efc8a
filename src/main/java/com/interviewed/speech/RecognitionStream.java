package com.interviewed.speech;

/** A live recognition of one audio stream: 16 kHz, 16-bit signed mono samples, fed in chunks of any size. */
public interface RecognitionStream extends AutoCloseable {

    /** Feeds {@code length} samples from the start of {@code samples}; ignored after {@link #close}. */
    void accept(short[] samples, int length);

    /**
     * Ends the current utterance now (for example the candidate pressed "done"), reporting its final text. Does
     * nothing when no speech has started since the last final.
     */
    void flush();

    /** Milliseconds of audio accepted so far; the time base of {@link RecognitionListener} events. */
    long audioMillis();

    /** Releases the recogniser without reporting the utterance in progress (flush first to get it); idempotent. */
    @Override
    void close();
}
