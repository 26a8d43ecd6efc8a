package com.interviewed.accounts;

import com.interviewed.accounts.RateLimitRows.Count;
import com.interviewed.accounts.RateLimitRows.Step;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing per account and per client address. Every check is counted as a failure before the
 * password is compared and refunded when it was right, so concurrent guesses cannot all slip in before the first
 * failure is recorded: at most {@code maxFailedLogins} passwords are checked for an account before it is held back.
 *
 * <p>An account held back refuses addresses that have failed recently, but still checks a password from an address
 * with no recent failures: someone else's guesses never lock the owner out. Such an address is no longer clean
 * after that one check, so each address gets at most one guess past a held-back account per
 * {@code failedLoginMemory}. Emails without an account are counted exactly like those with one.
 */
@Component
class SignInThrottle {

    private final RateLimitRows rows;
    private final AccountsProperties properties;
    private final Clock clock;

    SignInThrottle(RateLimitRows rows, AccountsProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    /** One password check that was allowed; report how it went with {@link #succeeded}. */
    record Attempt(String accountKey, String addressKey) {
    }

    /** Counts a check of {@code email}'s password from {@code address}, or refuses it. */
    Attempt begin(String email, String address) {
        Attempt attempt = new Attempt(RateLimitRows.key("sign-in-account", email),
                RateLimitRows.key("sign-in-address", address));
        Instant now = clock.instant();
        int earlierFailuresFromAddress = rows.change(attempt.addressKey(), current -> {
            Count count = remembered(current, now);
            if (count.blockedAt(now)) {
                throw new LoginThrottledException(Duration.between(now, count.blockedUntil()));
            }
            return failure(count, properties.maxFailedLoginsPerAddress(), now);
        });
        try {
            rows.change(attempt.accountKey(), current -> {
                Count count = remembered(current, now);
                if (count.blockedAt(now)) {
                    if (earlierFailuresFromAddress > 0) {
                        throw new LoginThrottledException(Duration.between(now, count.blockedUntil()));
                    }
                    // A clean address: check it, without lengthening the hold someone else's guesses caused.
                    return Step.replace(0, count.hits() + 1, count.blockedUntil(), now);
                }
                return failure(count, properties.maxFailedLogins(), now);
            });
        } catch (LoginThrottledException e) {
            // Nothing was checked, so the address's failures age as before: its owner is let through once they
            // are forgotten, however long someone else keeps the account held back.
            refund(attempt.addressKey());
            throw e;
        }
        return attempt;
    }

    /** The password was right: the account starts afresh, the address gets its attempt back. */
    void succeeded(Attempt attempt) {
        Instant now = clock.instant();
        rows.change(attempt.accountKey(), current -> Step.replace(null, 0, null, now));
        refund(attempt.addressKey());
    }

    private void refund(String addressKey) {
        rows.change(addressKey, current -> {
            if (current.touchedAt() == null) {
                return Step.keep(null);
            }
            int hits = Math.max(0, current.hits() - 1);
            Instant blockedUntil = hits >= properties.maxFailedLoginsPerAddress() ? current.blockedUntil() : null;
            return new Step<>(null, new Count(hits, blockedUntil, current.touchedAt()));
        });
    }

    /** Failures older than the memory are forgotten once no hold is left. */
    private Count remembered(Count count, Instant now) {
        boolean forgotten = count.touchedAt() != null && !count.blockedAt(now)
                && !count.touchedAt().plus(properties.failedLoginMemory()).isAfter(now);
        return forgotten ? Count.NONE : count;
    }

    /** One more failure; from the limit on, each one holds the key back, twice as long as the one before. */
    private Step<Integer> failure(Count count, int limit, Instant now) {
        int hits = count.hits() + 1;
        Duration hold = properties.holdAfter(hits, limit);
        return Step.replace(count.hits(), hits, hold.isZero() ? null : now.plus(hold), now);
    }
}
