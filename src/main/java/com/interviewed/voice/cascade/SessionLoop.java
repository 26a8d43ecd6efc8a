package com.interviewed.voice.cascade;

import java.time.Duration;

/**
 * The clock, worker and timers one cascade session runs on. The session's state is only touched by tasks on the
 * worker, in order; slow work (a model deciding, a synthesiser) runs in the background and sends its result back
 * to the worker. Production uses {@link WorkerLoop}; tests drive a manual loop with a manual clock.
 */
interface SessionLoop {

    /** Milliseconds on a monotonic clock. */
    long now();

    /** Runs {@code task} on the worker after what is queued; dropped once the loop is stopped. */
    void onWorker(Runnable task);

    /** Runs {@code task} on the worker even if the loop stops meanwhile: bookkeeping that must not be lost. */
    void onWorkerEvenIfStopped(Runnable task);

    /** Slow work for the interviewer to decide, in order, off the worker. */
    void deciding(Runnable task);

    /** Slow work to synthesise speech, in order, off the worker. */
    void synthesising(Runnable task);

    /** Runs {@code task} on the worker after {@code delay}. */
    Timer after(Duration delay, Runnable task);

    /** Takes no more work. */
    void stop();

    interface Timer {
        void cancel();
    }
}
