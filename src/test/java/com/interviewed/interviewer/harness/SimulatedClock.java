package com.interviewed.interviewer.harness;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The application's clock in the harness: it moves only when the harness says time passed (the interviewer
 * speaking, the candidate thinking and answering), so pacing by the clock sees a realistic interview that runs in
 * seconds.
 */
final class SimulatedClock extends Clock {

    private final AtomicLong millis = new AtomicLong(Instant.parse("2026-01-05T09:00:00Z").toEpochMilli());

    void advanceMillis(long delta) {
        millis.addAndGet(delta);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
