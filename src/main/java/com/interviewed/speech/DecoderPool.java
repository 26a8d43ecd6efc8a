package com.interviewed.speech;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of decoders. Loading a model takes 0.3–0.5 s and about 114 MB, so decoders are kept and reused
 * by later streams instead of being loaded per interview; at most {@code max} exist, which bounds native memory.
 * When all are in use, {@link #acquire} waits up to a bounded time and then fails, so that an overloaded server
 * puts new interviews in typed mode instead of queueing them without limit.
 *
 * <p>An idle decoder keeps the interview it was set up for and the {@link Claim} of the stream that used it, so
 * that the stream's next utterance, or a reconnect of the same interview, takes it back without the 0.5-1 s of
 * setting up again. A stream can also {@link #warm} a decoder before its candidate first speaks.
 */
final class DecoderPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DecoderPool.class);
    /**
     * A warm-up holds its decoder for the 0.5-1 s of setting it up (several seconds on a loaded machine); a candidate
     * who starts speaking then waits up to this long for it (the audio waits in the socket, and the recogniser
     * catches up at several times real time) rather than being told that no recogniser is free.
     */
    private static final Duration WARM_UP_WAIT = Duration.ofSeconds(5);

    private final Supplier<Decoder> factory;
    private final int max;
    private final Semaphore permits;
    private final Deque<Decoder> idle = new ArrayDeque<>();
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger warming = new AtomicInteger();
    private volatile boolean closed;

    /** An on-demand stream's mark on the decoder it warmed or last used; void once the stream is closed. */
    static final class Claim {

        private volatile boolean open = true;

        void end() {
            open = false;
        }
    }

    DecoderPool(Supplier<Decoder> factory, int max) {
        this.factory = factory;
        this.max = max;
        this.permits = new Semaphore(max, true);
    }

    /** Takes an idle decoder, or loads one; waits up to {@code timeout} when {@code max} are in use. */
    Decoder acquire(Duration timeout) {
        if (closed) {
            throw new SpeechUnavailableException("speech recognition is shutting down");
        }
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SpeechUnavailableException("all " + max + " speech recognisers are busy (waited "
                        + timeout.toMillis() + " ms); raise interviewed.speech.recognizer.max-decoders");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpeechUnavailableException("interrupted while waiting for a speech recogniser", e);
        }
        return idleOrLoaded(null, null);
    }

    /**
     * For {@code claim}'s stream, which wants {@code vocabulary}: the decoder it warmed or used if idle, else one no
     * open stream claims (one set up for the same vocabulary first), else any idle one, else a new one if fewer than
     * {@code max} exist; null at once when all are in use by streams, after a short wait when one is being warmed.
     */
    Decoder tryAcquire(Claim claim, InterviewVocabulary vocabulary) {
        if (closed || !(permits.tryAcquire() || warming.get() > 0 && acquireWithin(WARM_UP_WAIT))) {
            return null;
        }
        return idleOrLoaded(claim, vocabulary);
    }

    /** The timed tryAcquire, which keeps the semaphore's fairness even with no wait. */
    private boolean acquireWithin(Duration wait) {
        try {
            return permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Sets a decoder up for {@code claim}'s stream ahead of its first utterance, off the audio path: an idle one
     * no open stream claims, or a new one if fewer than {@code max} exist. Nothing happens when none is to be had:
     * the stream then sets one up when its candidate speaks. A warm decoder stays idle, for anyone who needs it.
     */
    void warm(Claim claim, InterviewVocabulary vocabulary, Consumer<Decoder> prepare) {
        // The timed form keeps the semaphore's fairness: a candidate already waiting to be heard goes before a
        // warm-up (the untimed tryAcquire barges), so interviews that open, typed or not, never starve speakers.
        if (closed || !acquireWithin(Duration.ZERO)) {
            return;
        }
        warming.incrementAndGet();
        Decoder decoder = null;
        try {
            decoder = pollIdle(claim, vocabulary, false);
            if (decoder == null) {
                if (!reserveLoad()) {
                    return;
                }
                decoder = loadReserved();
            }
            prepare.accept(decoder);
            decoder.claim(claim);
            synchronized (idle) {
                idle.push(decoder);
            }
            if (closed) {
                freeIdle();
            }
        } catch (RuntimeException e) {
            log.warn("Could not set up a speech recogniser ahead of an interview: {}", e.getMessage());
            if (decoder != null) {
                free(decoder);
            }
        } finally {
            warming.decrementAndGet();
            permits.release();
        }
    }

    /** With a permit held: an idle decoder, or a newly loaded one; the permit goes back if loading fails. */
    private Decoder idleOrLoaded(Claim claim, InterviewVocabulary vocabulary) {
        Decoder decoder = pollIdle(claim, vocabulary, true);
        if (decoder != null) {
            return decoder;
        }
        try {
            return load();
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Gives a decoder back; a broken one (after a native error) is freed, and so is any after shutdown. */
    void release(Decoder decoder, boolean healthy) {
        try {
            if (!healthy || closed) {
                free(decoder);
            } else {
                synchronized (idle) {
                    idle.push(decoder);
                }
                // close() may have drained the idle list between our check and the push.
                if (closed) {
                    freeIdle();
                }
            }
        } finally {
            permits.release();
        }
    }

    /** Loads decoders until {@code count} exist (at most {@code max}), so that the first streams open at once. */
    void preload(int count) {
        while (!closed && loaded.get() < Math.min(count, max) && permits.tryAcquire()) {
            try {
                if (loaded.get() >= Math.min(count, max)) {
                    return;
                }
                Decoder decoder = load();
                synchronized (idle) {
                    idle.push(decoder);
                }
                if (closed) {
                    freeIdle();
                }
            } finally {
                permits.release();
            }
        }
    }

    /** Decoders currently loaded (idle or in use). */
    int loaded() {
        return loaded.get();
    }

    /** Decoders loaded since the pool was made; stays at the pool's high-water mark when decoders are reused. */
    int created() {
        return created.get();
    }

    int idle() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** Whether an idle decoder is set up for {@code vocabulary} (for tests). */
    boolean idleDecoderFor(InterviewVocabulary vocabulary) {
        synchronized (idle) {
            return idle.stream().anyMatch(d -> Objects.equals(d.vocabulary(), vocabulary));
        }
    }

    /** The idle decoder the next taker is likeliest to get (for tests). */
    Decoder peekIdle() {
        synchronized (idle) {
            return idle.peek();
        }
    }

    int max() {
        return max;
    }

    @Override
    public void close() {
        closed = true;
        freeIdle();
    }

    private Decoder load() {
        loaded.incrementAndGet();
        return loadReserved();
    }

    /** Counts a decoder about to be loaded, unless {@code max} are loaded already. */
    private boolean reserveLoad() {
        int before = loaded.getAndUpdate(n -> n < max ? n + 1 : n);
        return before < max;
    }

    private Decoder loadReserved() {
        long started = System.nanoTime();
        Decoder decoder;
        try {
            decoder = factory.get();
        } catch (RuntimeException e) {
            loaded.decrementAndGet();
            throw e;
        }
        created.incrementAndGet();
        log.debug("Loaded a pocketsphinx decoder in {} ms ({} loaded)",
                (System.nanoTime() - started) / 1_000_000, loaded.get());
        return decoder;
    }

    private Decoder pollIdle() {
        synchronized (idle) {
            return idle.poll();
        }
    }

    /**
     * Takes the best idle decoder for {@code claim} (null: any stream): its own; then one no open stream claims,
     * set up for {@code vocabulary} if there is one; then, if {@code othersToo}, the one idle longest.
     */
    private Decoder pollIdle(Claim claim, InterviewVocabulary vocabulary, boolean othersToo) {
        synchronized (idle) {
            Decoder best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Decoder decoder : idle) {
                Claim holder = decoder.claim();
                int rank;
                if (claim != null && holder == claim) {
                    rank = 0;
                } else if (holder == null || !holder.open) {
                    rank = Objects.equals(decoder.vocabulary(), vocabulary) ? 1 : 2;
                } else if (othersToo) {
                    rank = 3;
                } else {
                    continue;
                }
                // The idle list is newest first: among others' decoders the last one seen has been idle longest.
                if (rank < bestRank || (rank == 3 && bestRank == 3)) {
                    best = decoder;
                    bestRank = rank;
                }
            }
            if (best != null) {
                idle.remove(best);
            }
            return best;
        }
    }

    private void freeIdle() {
        Decoder decoder;
        while ((decoder = pollIdle()) != null) {
            free(decoder);
        }
    }

    private void free(Decoder decoder) {
        decoder.free();
        loaded.decrementAndGet();
    }
}
