package com.interviewed.accounts;

import com.interviewed.accounts.RateLimitRows.Count;
import com.interviewed.accounts.RateLimitRows.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * At most {@code signUpsPerAddress} sign-ups (form and API) from one client address per {@code signUpWindow}: from
 * the last one allowed, that address waits a whole window. Colleagues joining through an owner's invitation are
 * not counted; their link is the permission.
 */
@Component
class SignUpThrottle {

    private final RateLimitRows rows;
    private final AccountsProperties properties;
    private final Clock clock;

    SignUpThrottle(RateLimitRows rows, AccountsProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts one sign-up from {@code address}, or throws {@link SignUpThrottledException}. */
    void allow(String address) {
        Instant now = clock.instant();
        rows.change(RateLimitRows.key("sign-up-address", address), current -> {
            boolean windowOver = current.touchedAt() != null && !current.blockedAt(now)
                    && !current.touchedAt().plus(properties.signUpWindow()).isAfter(now);
            Count count = windowOver ? Count.NONE : current;
            if (count.blockedAt(now)) {
                throw new SignUpThrottledException(Duration.between(now, count.blockedUntil()));
            }
            int hits = count.hits() + 1;
            Instant blockedUntil = hits >= properties.signUpsPerAddress() ? now.plus(properties.signUpWindow()) : null;
            return Step.replace(null, hits, blockedUntil, now);
        });
    }

    /** Too many sign-ups from this client address; try again after {@link #retryAfterSeconds()}. */
    static class SignUpThrottledException extends RuntimeException {

        private final Duration retryAfter;

        SignUpThrottledException(Duration retryAfter) {
            super("Too many accounts were created from your network. Try again later.");
            this.retryAfter = retryAfter;
        }

        long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
