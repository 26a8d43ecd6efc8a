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
    private volatile Thread thread;
    private volatile boolean stopped;

    /** {@code onFailure} gets what a task threw (the worker goes on with the next task). */
    public SessionWorker(String threadName, Consumer<RuntimeException> onFailure) {
        this.onFailure = onFailure;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, threadName);
            worker.setDaemon(true);
            thread = worker;
            return worker;
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

    /**
     * Runs {@code task} after what is queued even if the worker is stopped meanwhile: work that must not be lost.
     * After the worker has finished its queue the task runs on the caller, once the worker is done, so it still runs
     * after everything the worker did and never alongside it.
     */
    public void submitEvenIfStopped(Runnable task) {
        if (execute(task)) {
            return;
        }
        if (Thread.currentThread() != thread) {
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        run(task);
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

    /** False if the worker no longer takes tasks. */
    private boolean execute(Runnable task) {
        try {
            executor.execute(() -> run(task));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            onFailure.accept(e);
        }
    }
}
