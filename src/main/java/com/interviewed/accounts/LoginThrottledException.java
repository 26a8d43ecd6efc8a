package com.interviewed.accounts;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins for the account or from the client address: try again after {@link #retryAfter()}. */
class LoginThrottledException extends LockedException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-in attempts. Try again later.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as a Retry-After header wants them. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
