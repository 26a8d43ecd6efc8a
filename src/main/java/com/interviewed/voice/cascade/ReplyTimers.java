package com.interviewed.voice.cascade;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * How fast the interviewer answers once the candidate's answer is recognised, as metrics
 * ({@code /actuator/metrics/interviewed.voice.reply}): the part of the voice latency after the recogniser's final.
 */
record ReplyTimers(Timer decided, Timer firstAudio) {

    static ReplyTimers register(MeterRegistry registry) {
        return new ReplyTimers(
                Timer.builder("interviewed.voice.reply").tag("stage", "decided")
                        .description("Recognised answer to the interviewer's move decided")
                        .register(registry),
                Timer.builder("interviewed.voice.reply").tag("stage", "first-audio")
                        .description("Recognised answer to the first audio of the interviewer's reply sent")
                        .register(registry));
    }

    void decided(long sinceNanos) {
        decided.record(System.nanoTime() - sinceNanos, TimeUnit.NANOSECONDS);
    }

    void firstAudio(long sinceNanos) {
        firstAudio.record(System.nanoTime() - sinceNanos, TimeUnit.NANOSECONDS);
    }
}
