package com.interviewed.voice;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread a live voice session does its work on, in arrival order, so that the session's state needs no
 * locks and slow work (synthesis, a provider's stream) never holds up the WebSocket thread that delivers audio.
 */
public final class SessionWorker {

    private final ExecutorService executor;
    private final Consumer<RuntimeException> onFailure;
    private volatile boolean stopped;

    /** {@code onFailure} gets what a task threw (the worker goes on with the next task). */
    public SessionWorker(String threadName, Consumer<RuntimeException> onFailure) {
        this.onFailure = onFailure;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code task} after what is queued; dropped if the worker is stopped before it runs. */
    public void submit(Runnable task) {
        if (stopped) {
            return;
        }
        execute(() -> {
            if (!stopped) {
                task.run();
            }
        });
    }

    /** Runs {@code task} after what is queued even if the worker is stopped meanwhile: work that must not be lost. */
    public void submitEvenIfStopped(Runnable task) {
        execute(task);
    }

    /**
     * Takes no more work; tasks queued with {@link #submitEvenIfStopped} still run. Never interrupts: this may be
     * called from the worker itself, in the middle of a socket write that must complete.
     */
    public void stop() {
        stopped = true;
        executor.shutdown();
    }

    /** For tests: waits until everything queued so far has run. */
    public void drain() throws Exception {
        if (!executor.isShutdown()) {
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
        }
    }

    private void execute(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // Stopped concurrently: the session is closing and has nothing left to do.
        }
    }
}
