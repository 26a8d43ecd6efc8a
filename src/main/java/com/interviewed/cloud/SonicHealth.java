package com.interviewed.cloud;

import java.time.Clock;
import java.time.Instant;

/**
 * What live Nova Sonic sessions have seen lately, for the health indicator: nothing yet, the last session that
 * answered, or the last failure that could not be retried.
 */
final class SonicHealth {

    private final Clock clock;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastFailureReason;

    SonicHealth(Clock clock) {
        this.clock = clock;
    }

    void succeeded() {
        lastSuccess = clock.instant();
    }

    void failed(String reason) {
        lastFailure = clock.instant();
        lastFailureReason = reason;
    }

    Instant lastSuccess() {
        return lastSuccess;
    }

    Instant lastFailure() {
        return lastFailure;
    }

    String lastFailureReason() {
        return lastFailureReason;
    }

    /** The latest event was a failure. */
    boolean failing() {
        Instant failure = lastFailure;
        Instant success = lastSuccess;
        return failure != null && (success == null || failure.isAfter(success));
    }
}
