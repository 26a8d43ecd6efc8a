package com.interviewed.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps {@code rate_limits} small: guesses at random emails each leave a row, forgotten here once they expire. */
@Component
class RateLimitHousekeeping {

    private final RateLimitRows rows;
    private final AccountsProperties properties;
    private final Clock clock;

    RateLimitHousekeeping(RateLimitRows rows, AccountsProperties properties, Clock clock) {
        this.rows = rows;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetExpired() {
        Instant now = clock.instant();
        Duration longest = properties.failedLoginMemory().compareTo(properties.signUpWindow()) > 0
                ? properties.failedLoginMemory() : properties.signUpWindow();
        rows.deleteIdleSince(now.minus(longest), now);
    }
}
