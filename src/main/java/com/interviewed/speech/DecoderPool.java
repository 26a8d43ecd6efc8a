package com.interviewed.speech;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded pool of decoders. Loading a model takes 0.3–0.5 s and about 114 MB, so decoders are kept and reused
 * by later streams instead of being loaded per interview; at most {@code max} exist, which bounds native memory.
 * When all are in use, {@link #acquire} waits up to a bounded time and then fails, so that an overloaded server
 * puts new interviews in typed mode instead of queueing them without limit.
 */
final class DecoderPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DecoderPool.class);

    private final Supplier<Decoder> factory;
    private final int max;
    private final Semaphore permits;
    private final Deque<Decoder> idle = new ArrayDeque<>();
    private final AtomicInteger loaded = new AtomicInteger();
    private final AtomicInteger created = new AtomicInteger();
    private volatile boolean closed;

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
        return idleOrLoaded();
    }

    /** Takes an idle decoder, or loads one if fewer than {@code max} exist; null at once when all are in use. */
    Decoder tryAcquire() {
        if (closed || !permits.tryAcquire()) {
            return null;
        }
        return idleOrLoaded();
    }

    /** With a permit held: an idle decoder, or a newly loaded one; the permit goes back if loading fails. */
    private Decoder idleOrLoaded() {
        Decoder decoder = pollIdle();
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

    int max() {
        return max;
    }

    @Override
    public void close() {
        closed = true;
        freeIdle();
    }

    private Decoder load() {
        long started = System.nanoTime();
        Decoder decoder = factory.get();
        loaded.incrementAndGet();
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
