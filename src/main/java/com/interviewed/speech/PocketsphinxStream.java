package com.interviewed.speech;

import java.util.function.Consumer;

/**
 * A live recognition on one pooled decoder. Audio is regrouped into 20 ms blocks whatever the caller's chunk size
 * (energies measured on a few samples would be meaningless), and each block goes to pocketsphinx and to the onset
 * detector, so that speech start and end are noticed within 20 ms of audio.
 *
 * <p>Endpointing: an utterance starts when {@link SpeechOnsetDetector}, a quick energy detector, hears 60 ms of
 * speech (barge-in needs this signal fast), and ends when that detector has heard the trailing silence, or at
 * the maximum utterance length. Pocketsphinx only ever sees utterances: between them audio is kept in a short
 * pre-roll buffer instead of being decoded, and an utterance is handed over with its pre-roll when speech starts.
 * Long stretches of silence or room noise inside one pocketsphinx utterance skew its live cepstral normalisation
 * and its own speech detector, and the next answer then comes out as nothing or as a fragment. Every {@code onSpeechStarted} is followed by exactly one {@code onFinal} (possibly with empty text, for
 * a cough), unless the stream is closed first.
 *
 * <p>Methods are synchronized: a stream is meant to be used by one thread at a time, but {@link #close} may come
 * from another thread (a closing WebSocket) and must not hand the native decoder back while it is in use.
 */
final class PocketsphinxStream implements RecognitionStream {

    static final int SAMPLE_RATE = 16_000;
    private static final int BLOCK = SAMPLE_RATE / 50;
    /** Blocks of audio before the detected speech start that go to pocketsphinx with the utterance (300 ms). */
    private static final int PREROLL_BLOCKS = 15;

    private final Decoder decoder;
    private final RecognitionListener listener;
    private final Consumer<PocketsphinxStream> onClose;
    private final SpeechOnsetDetector onset;
    private final long trailingSilenceSamples;
    private final long maxUtteranceSamples;
    private final long partialIntervalSamples;
    private final short[] block = new short[BLOCK];
    private final short[][] preroll = new short[PREROLL_BLOCKS][BLOCK];
    private int prerollNext;
    private int prerollCount;

    /** Samples processed; events are timed by this. */
    private long samples;
    /** Samples in {@link #block} waiting for the block to fill, so that energies are always measured on 20 ms. */
    private int pending;
    private boolean inUtterance;
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
        samples += n;
        if (!inUtterance) {
            if (!loud) {
                System.arraycopy(block, 0, preroll[prerollNext], 0, n);
                prerollNext = (prerollNext + 1) % PREROLL_BLOCKS;
                prerollCount = Math.min(prerollCount + 1, PREROLL_BLOCKS);
                return;
            }
            inUtterance = true;
            utteranceStart = Math.max(0, samples - onset.lookbackSamples());
            lastPartialAt = samples;
            long origin = samples - n - (long) prerollCount * BLOCK;
            decode(() -> {
                decoder.startUtterance(millis(origin));
                for (int i = prerollCount; i > 0; i--) {
                    decoder.process(preroll[Math.floorMod(prerollNext - i, PREROLL_BLOCKS)], BLOCK);
                }
                decoder.process(block, n);
            });
            prerollCount = 0;
            listener.onSpeechStarted(millis(utteranceStart));
            return;
        }
        decode(() -> decoder.process(block, n));
        if (onset.quietFor() >= trailingSilenceSamples) {
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

    private interface DecoderWork {
        void run() throws Decoder.DecoderFailedException;
    }

    private void decode(DecoderWork work) {
        try {
            work.run();
        } catch (Decoder.DecoderFailedException e) {
            healthy = false;
            throw new SpeechUnavailableException("speech recognition failed; the stream cannot continue", e);
        }
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
        java.util.List<RecognizedWord> words;
        try {
            decoder.endUtterance();
            text = decoder.hypothesis();
            words = decoder.words();
        } catch (Decoder.DecoderFailedException e) {
            healthy = false;
            throw new SpeechUnavailableException("speech recognition failed; the stream cannot continue", e);
        }
        inUtterance = false;
        lastPartial = "";
        onset.reset();
        listener.onFinal(text, millis(utteranceStart), millis(end), words);
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
        if (healthy && inUtterance) {
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
