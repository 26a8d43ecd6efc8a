package com.interviewed.accounts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param tokenTtl        lifetime of a bearer token issued by {@code POST /api/v1/auth/token}
 * @param maxFailedLogins failed sign-ins before the account is locked
 * @param lockout         first lock; every further failure doubles it
 * @param maxLockout      the longest lock
 * @param operatorEmails  the people who run this instance: they see {@code /admin/**} and the metrics
 */
@Validated
@ConfigurationProperties("interviewed.accounts")
record AccountsProperties(
        @NotNull Duration tokenTtl,
        @Min(1) int maxFailedLogins,
        @NotNull Duration lockout,
        @NotNull Duration maxLockout,
        @NotNull List<String> operatorEmails) {

    Duration lockoutAfter(int failedLogins) {
        int excess = failedLogins - maxFailedLogins;
        if (excess < 0) {
            return Duration.ZERO;
        }
        Duration lock = lockout.multipliedBy(1L << Math.min(excess, 20));
        return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
    }
}
