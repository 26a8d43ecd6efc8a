package com.interviewed.voice.cascade;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * A {@link SessionLoop} for tests: a manual clock, and queues that run only when the test says so. Time moves only
 * in {@link #advance}; {@link #holdDecisions} keeps the interviewer "thinking" for as long as the test likes.
 */
final class ManualLoop implements SessionLoop {

    private static final class Scheduled implements Timer {
        final long at;
        final long order;
        final Runnable task;
        boolean cancelled;

        Scheduled(long at, long order, Runnable task) {
            this.at = at;
            this.order = order;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> decisions = new ArrayDeque<>();
    private final Deque<Runnable> syntheses = new ArrayDeque<>();
    private final List<Scheduled> timers = new ArrayList<>();
    private long now = 1_000_000;
    private long order;
    private boolean stopped;
    private boolean holdDecisions;

    @Override
    public synchronized long now() {
        return now;
    }

    @Override
    public synchronized void onWorker(Runnable task) {
        if (!stopped) {
            worker.add(task);
        }
    }

    @Override
    public synchronized void onWorkerEvenIfStopped(Runnable task) {
        worker.add(task);
    }

    @Override
    public synchronized void deciding(Runnable task) {
        decisions.add(task);
    }

    @Override
    public synchronized void synthesising(Runnable task) {
        syntheses.add(task);
    }

    @Override
    public synchronized Timer after(Duration delay, Runnable task) {
        Scheduled timer = new Scheduled(now + delay.toMillis(), order++, () -> onWorker(task));
        timers.add(timer);
        return timer;
    }

    @Override
    public synchronized void stop() {
        stopped = true;
    }

    /** While held, the interviewer's decisions wait (a slow model). */
    synchronized void holdDecisions(boolean hold) {
        holdDecisions = hold;
    }

    synchronized int decisionsWaiting() {
        return decisions.size();
    }

    /** Runs everything that is ready now, the way the worker and the background lanes would. */
    void runPending() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = worker.poll();
                if (next == null && !holdDecisions) {
                    next = decisions.poll();
                }
                if (next == null) {
                    next = syntheses.poll();
                }
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    /** Moves the clock on by {@code millis}, firing timers at their times and running what they cause. */
    void advance(long millis) {
        long until;
        synchronized (this) {
            until = now + millis;
        }
        runPending();
        while (true) {
            Scheduled due;
            synchronized (this) {
                timers.removeIf(t -> t.cancelled);
                due = timers.stream().filter(t -> t.at <= until)
                        .min(Comparator.<Scheduled>comparingLong(t -> t.at).thenComparingLong(t -> t.order))
                        .orElse(null);
                if (due == null) {
                    now = until;
                } else {
                    timers.remove(due);
                    now = Math.max(now, due.at);
                }
            }
            if (due == null) {
                runPending();
                return;
            }
            due.task.run();
            runPending();
        }
    }
}
