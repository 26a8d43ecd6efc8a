package com.interviewed.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * A live recognition on a pooled decoder. Audio is regrouped into 20 ms blocks whatever the caller's chunk size
 * (energies measured on a few samples would be meaningless), and each block goes to pocketsphinx and to the onset
 * detector, so that speech start and end are noticed within 20 ms of audio.
 *
 * <p>Endpointing: an utterance starts when {@link SpeechOnsetDetector}, a quick energy detector, hears 60 ms of
 * speech, and ends when that detector has heard the trailing silence, or at the maximum utterance length.
 * Pocketsphinx only ever sees utterances: between them audio is kept in a short pre-roll buffer instead of being
 * decoded, and an utterance is handed over with its pre-roll when speech starts. Long stretches of silence or room
 * noise inside one pocketsphinx utterance skew its live cepstral normalisation and its own speech detector, and the
 * next answer then comes out as nothing or as a fragment. Every {@code onSpeechStarted} is followed by exactly one
 * {@code onFinal} (possibly with empty text, for a cough), unless the stream is closed first.
 *
 * <p>An on-demand stream ({@link Decoders#onDemand}) takes its decoder when speech starts and gives it back after a
 * stretch of quiet, so that a candidate who types, or is silent, holds none; when none is free the utterance is not
 * recognised and the listener hears {@code onUnavailable} once, until a decoder is had again.
 *
 * <p>The decoder and the stream's state are guarded by the stream's monitor ({@link #close} may come from another
 * thread and must not hand the native decoder back while it is in use), but listeners are always called after it is
 * released: they write to databases and sockets, and a listener waiting for another lock must never hold this one.
 */
final class PocketsphinxStream implements RecognitionStream {

    /** Where a stream's decoder comes from and goes back to. */
    interface Decoders {

        /** A decoder now, or null if none is free. */
        Decoder take();

        void giveBack(Decoder decoder, boolean healthy);

        /** Give the decoder back after this much quiet audio (never, for a stream opened with one). */
        long releaseAfterQuietSamples();

        /** The stream is closed: whatever it left set up in the pool is anybody's now. */
        default void streamClosed() {
        }
    }

    static final int SAMPLE_RATE = 16_000;
    private static final int BLOCK = SAMPLE_RATE / 50;
    /** Blocks of audio before the detected speech start that go to pocketsphinx with the utterance (300 ms). */
    private static final int PREROLL_BLOCKS = 15;
    /** After no decoder was free, try again at most this often (audio time): taking one is cheap, loading is not. */
    private static final long RETRY_SAMPLES = SAMPLE_RATE;

    private sealed interface Event {
    }

    private record Started(long atMillis) implements Event {
    }

    private record Partial(String text) implements Event {
    }

    private record Final(String text, long startMillis, long endMillis, java.util.List<RecognizedWord> words)
            implements Event {
    }

    private record Unavailable(String reason) implements Event {
    }

    private final Decoders decoders;
    private final RecognitionListener listener;
    private final SpeechOnsetDetector onset;
    private final long trailingSilenceSamples;
    private final long maxUtteranceSamples;
    private final long partialIntervalSamples;
    private final short[] block = new short[BLOCK];
    private final short[][] preroll = new short[PREROLL_BLOCKS][BLOCK];
    private final List<Event> events = new ArrayList<>();
    private Decoder decoder;
    private int prerollNext;
    private int prerollCount;

    /** Samples processed; events are timed by this. */
    private long samples;
    /** Samples in {@link #block} waiting for the block to fill, so that energies are always measured on 20 ms. */
    private int pending;
    private boolean inUtterance;
    private long utteranceStart;
    private long lastPartialAt;
    private long quietSince;
    private long lastRefusal = -1;
    private boolean refused;
    private String lastPartial = "";
    private boolean healthy = true;
    private boolean closed;

    PocketsphinxStream(Decoder decoder, Decoders decoders, RecognitionListener listener,
            SpeechProperties.Recognizer properties, java.time.Duration trailingSilence) {
        this.decoder = decoder;
        this.decoders = decoders;
        this.listener = listener;
        this.onset = new SpeechOnsetDetector(SAMPLE_RATE, properties.speechThreshold());
        this.trailingSilenceSamples = trailingSilence.toMillis() * SAMPLE_RATE / 1000;
        this.maxUtteranceSamples = properties.maxUtterance().toMillis() * SAMPLE_RATE / 1000;
        this.partialIntervalSamples = properties.partialInterval().toMillis() * SAMPLE_RATE / 1000;
    }

    @Override
    public void accept(short[] input, int length) {
        if (length < 0 || length > input.length) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + input.length);
        }
        List<Event> happened;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
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
            } finally {
                happened = takeEvents();
            }
        }
        dispatch(happened);
    }

    private void step(int n) {
        boolean loud = onset.accept(block, n);
        samples += n;
        if (!inUtterance) {
            if (loud && haveDecoder()) {
                startUtterance(n);
                return;
            }
            System.arraycopy(block, 0, preroll[prerollNext], 0, n);
            prerollNext = (prerollNext + 1) % PREROLL_BLOCKS;
            prerollCount = Math.min(prerollCount + 1, PREROLL_BLOCKS);
            if (decoder != null && samples - quietSince >= decoders.releaseAfterQuietSamples()) {
                releaseDecoder();
            }
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
                events.add(new Partial(partial));
            }
        }
    }

    private void startUtterance(int n) {
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
        events.add(new Started(millis(utteranceStart)));
    }

    /** Takes a decoder for an utterance that is starting, if this stream has none; false if none is free. */
    private boolean haveDecoder() {
        if (decoder != null) {
            return true;
        }
        if (lastRefusal >= 0 && samples - lastRefusal < RETRY_SAMPLES) {
            return false;
        }
        String refusal = "every speech recogniser is busy";
        try {
            decoder = decoders.take();
        } catch (SpeechUnavailableException e) {
            decoder = null;
            refusal = e.getMessage();
        }
        if (decoder == null) {
            lastRefusal = samples;
            if (!refused) {
                refused = true;
                events.add(new Unavailable(refusal));
            }
            return false;
        }
        refused = false;
        lastRefusal = -1;
        healthy = true;
        return true;
    }

    private void releaseDecoder() {
        Decoder released = decoder;
        decoder = null;
        decoders.giveBack(released, healthy);
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
    public void flush() {
        List<Event> happened;
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                if (pending > 0) {
                    int n = pending;
                    pending = 0;
                    step(n);
                }
                if (inUtterance) {
                    finish(samples);
                }
            } finally {
                happened = takeEvents();
            }
        }
        dispatch(happened);
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
        quietSince = samples;
        onset.reset();
        events.add(new Final(text, millis(utteranceStart), millis(end), words));
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
        events.clear();
        decoders.streamClosed();
        if (decoder == null) {
            return;
        }
        if (healthy && inUtterance) {
            try {
                decoder.endUtterance();
            } catch (Decoder.DecoderFailedException e) {
                healthy = false;
            }
        }
        releaseDecoder();
    }

    synchronized Decoder decoder() {
        return decoder;
    }

    private List<Event> takeEvents() {
        if (events.isEmpty()) {
            return List.of();
        }
        List<Event> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Outside the monitor, in order. */
    private void dispatch(List<Event> happened) {
        for (Event event : happened) {
            if (event instanceof Started started) {
                listener.onSpeechStarted(started.atMillis());
            } else if (event instanceof Partial partial) {
                listener.onPartial(partial.text());
            } else if (event instanceof Final done) {
                listener.onFinal(done.text(), done.startMillis(), done.endMillis(), done.words());
            } else if (event instanceof Unavailable unavailable) {
                listener.onUnavailable(unavailable.reason());
            }
        }
    }

    private static long millis(long sampleCount) {
        return sampleCount * 1000 / SAMPLE_RATE;
    }
}
