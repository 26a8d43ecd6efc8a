package com.interviewed.speech;

import java.util.function.Consumer;

/**
 * A live recognition on one pooled decoder. Audio is regrouped into 20 ms blocks whatever the caller's chunk size
 * (energies measured on a few samples would be meaningless), and each block goes to pocketsphinx and to the onset
 * detector, so that speech start and end are noticed within 20 ms of audio.
 *
 * <p>Endpointing: an utterance starts when {@link SpeechOnsetDetector}, a quick energy detector, hears 60 ms of
 * speech (barge-in needs this signal fast), and ends when that detector has heard the trailing silence, or at
 * the maximum utterance length. Pocketsphinx's own detector only decides which frames it decodes (it skips
 * silence, which saves CPU); its end-of-speech decision trails the audio by a few hundred milliseconds more. Every {@code onSpeechStarted} is followed by exactly one {@code onFinal} (possibly with empty text, for
 * a cough), unless the stream is closed first.
 *
 * <p>Methods are synchronized: a stream is meant to be used by one thread at a time, but {@link #close} may come
 * from another thread (a closing WebSocket) and must not hand the native decoder back while it is in use.
 */
final class PocketsphinxStream implements RecognitionStream {

    static final int SAMPLE_RATE = 16_000;
    private static final int BLOCK = SAMPLE_RATE / 50;

    private final Decoder decoder;
    private final RecognitionListener listener;
    private final Consumer<PocketsphinxStream> onClose;
    private final SpeechOnsetDetector onset;
    private final long trailingSilenceSamples;
    private final long maxUtteranceSamples;
    private final long partialIntervalSamples;
    private final short[] block = new short[BLOCK];

    /** Samples processed; events are timed by this. */
    private long samples;
    /** Samples in {@link #block} waiting for the block to fill, so that energies are always measured on 20 ms. */
    private int pending;
    private boolean inUtterance;
    private boolean decoderHeardSomething;
    private long utteranceStart;
    private long lastPartialAt;
    private String lastPartial = "";
    private boolean healthy = true;
    private boolean closed;

    PocketsphinxStream(Decoder decoder, RecognitionListener listener, SpeechProperties.Recognizer properties,
            Consumer<PocketsphinxStream> onClose) {
        this.decoder = decoder;
        this.listener = listener;
        this.onClose = onClose;
        this.onset = new SpeechOnsetDetector(SAMPLE_RATE, properties.speechThreshold());
        this.trailingSilenceSamples = properties.trailingSilence().toMillis() * SAMPLE_RATE / 1000;
        this.maxUtteranceSamples = properties.maxUtterance().toMillis() * SAMPLE_RATE / 1000;
        this.partialIntervalSamples = properties.partialInterval().toMillis() * SAMPLE_RATE / 1000;
        decoder.startUtterance();
    }

    @Override
    public synchronized void accept(short[] input, int length) {
        if (closed) {
            return;
        }
        if (length < 0 || length > input.length) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + input.length);
        }
        int offset = 0;
        while (offset < length && !closed) {
            int n = Math.min(BLOCK - pending, length - offset);
            System.arraycopy(input, offset, block, pending, n);
            pending += n;
            offset += n;
            if (pending == BLOCK) {
                pending = 0;
                step(BLOCK);
            }
        }
    }

    private void step(int n) {
        boolean loud = onset.accept(block, n);
        try {
            decoder.process(block, n);
        } catch (Decoder.DecoderFailedException e) {
            healthy = false;
            throw new SpeechUnavailableException("speech recognition failed; the stream cannot continue", e);
        }
        samples += n;
        boolean speaking = decoder.inSpeech();
        if (!inUtterance) {
            if (loud) {
                inUtterance = true;
                utteranceStart = Math.max(0, samples - onset.lookbackSamples());
                lastPartialAt = samples;
                listener.onSpeechStarted(millis(utteranceStart));
            } else if (decoderHeardSomething && !speaking) {
                // Pocketsphinx took a noise for speech (it does on hiss after digital silence) that was too
                // quiet to be an utterance: drop what it decoded, so that it does not open the next final.
                restartDecoder();
            }
            decoderHeardSomething |= speaking;
        } else if (onset.quietFor() >= trailingSilenceSamples) {
            finish(Math.max(utteranceStart, samples - onset.quietFor()));
        } else if (samples - utteranceStart >= maxUtteranceSamples) {
            finish(samples);
        } else if (samples - lastPartialAt >= partialIntervalSamples) {
            lastPartialAt = samples;
            String partial = decoder.hypothesis();
            if (!partial.isEmpty() && !partial.equals(lastPartial)) {
                lastPartial = partial;
                listener.onPartial(partial);
            }
        }
    }

    private void restartDecoder() {
        try {
            decoder.endUtterance();
            decoder.startUtterance();
        } catch (Decoder.DecoderFailedException e) {
            healthy = false;
            throw new SpeechUnavailableException("speech recognition failed; the stream cannot continue", e);
        }
        decoderHeardSomething = false;
    }

    @Override
    public synchronized void flush() {
        if (closed) {
            return;
        }
        if (pending > 0) {
            int n = pending;
            pending = 0;
            step(n);
        }
        if (inUtterance) {
            finish(samples);
        }
    }

    private void finish(long end) {
        String text;
        try {
            decoder.endUtterance();
            text = decoder.hypothesis();
            decoder.startUtterance();
        } catch (Decoder.DecoderFailedException e) {
            healthy = false;
            throw new SpeechUnavailableException("speech recognition failed; the stream cannot continue", e);
        }
        inUtterance = false;
        decoderHeardSomething = false;
        lastPartial = "";
        onset.reset();
        listener.onFinal(text, millis(utteranceStart), millis(end));
    }

    @Override
    public synchronized long audioMillis() {
        return millis(samples + pending);
    }

    /** Ends the stream without reporting the utterance in progress (call {@link #flush} first to get it). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (healthy) {
            try {
                decoder.endUtterance();
            } catch (Decoder.DecoderFailedException e) {
                healthy = false;
            }
        }
        onClose.accept(this);
    }

    Decoder decoder() {
        return decoder;
    }

    boolean healthy() {
        return healthy;
    }

    private static long millis(long sampleCount) {
        return sampleCount * 1000 / SAMPLE_RATE;
    }
}
