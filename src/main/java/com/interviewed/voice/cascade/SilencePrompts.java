package com.interviewed.voice.cascade;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The gentle prompts after a quiet spell: the first after the configured silence, each further one (with no answer
 * in between) after twice as long as the one before, up to eight times.
 */
final class SilencePrompts {

    private final SessionLoop loop;
    private final Duration first;
    private SessionLoop.Timer timer;
    private int prompted;

    SilencePrompts(SessionLoop loop, Duration first) {
        this.loop = loop;
        this.first = first;
    }

    /**
     * From now: after the wait, if {@code stillQuiet} and nothing happened since {@code lastActivity}, {@code prompt}
     * gets the seconds of quiet.
     */
    void schedule(long lastActivity, BooleanSupplier stillQuiet, IntConsumer prompt) {
        cancel();
        long delay = first.toMillis() << Math.min(prompted, 3);
        long from = loop.now();
        timer = loop.after(Duration.ofMillis(delay), () -> {
            long quietFor = loop.now() - Math.max(lastActivity, from);
            if (quietFor >= delay - 50 && stillQuiet.getAsBoolean()) {
                prompted++;
                prompt.accept((int) (quietFor / 1000));
            }
        });
    }

    /** The candidate answered: the next prompt waits the first time again. */
    void reset() {
        prompted = 0;
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
