package com.interviewed.voice.cascade;

import com.interviewed.voice.SessionWorker;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The production {@link SessionLoop}: a {@link SessionWorker}, shared timers and a shared pool for slow work. */
final class WorkerLoop implements SessionLoop {

    private final SessionWorker worker;
    private final ScheduledExecutorService timers;
    private final SerialExecutor decisions;
    private final SerialExecutor syntheses;

    WorkerLoop(String name, ScheduledExecutorService timers, Executor slowWork, Consumer<RuntimeException> onFailure) {
        this.worker = new SessionWorker(name, onFailure);
        this.timers = timers;
        this.decisions = new SerialExecutor(slowWork, onFailure);
        this.syntheses = new SerialExecutor(slowWork, onFailure);
    }

    @Override
    public long now() {
        return System.nanoTime() / 1_000_000;
    }

    @Override
    public void onWorker(Runnable task) {
        worker.submit(task);
    }

    @Override
    public void onWorkerEvenIfStopped(Runnable task) {
        worker.submitEvenIfStopped(task);
    }

    @Override
    public void deciding(Runnable task) {
        decisions.execute(task);
    }

    @Override
    public void synthesising(Runnable task) {
        syntheses.execute(task);
    }

    @Override
    public Timer after(Duration delay, Runnable task) {
        ScheduledFuture<?> future = timers.schedule(() -> worker.submit(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void stop() {
        worker.stop();
    }
}
