package com.interviewed.voice.cascade;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs tasks one at a time, in order, on a shared pool: a session's lane for slow work that holds no thread of its
 * own while it has nothing to do.
 */
final class SerialExecutor implements Executor {

    private final Executor pool;
    private final Consumer<RuntimeException> onFailure;
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialExecutor(Executor pool, Consumer<RuntimeException> onFailure) {
        this.pool = pool;
        this.onFailure = onFailure;
    }

    @Override
    public void execute(Runnable task) {
        synchronized (tasks) {
            tasks.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (tasks) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                onFailure.accept(e);
            }
        }
    }
}
