package com.interviewed.accounts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param tokenTtl                  lifetime of a bearer token issued by {@code POST /api/v1/auth/token}
 * @param maxFailedLogins           failed sign-ins for one account (whether it exists or not) before it is held back
 * @param maxFailedLoginsPerAddress failed sign-ins from one client address, whatever the accounts, before it is
 *                                  held back
 * @param lockout                   the first hold; every further failure doubles it
 * @param maxLockout                the longest hold
 * @param failedLoginMemory         failures are forgotten after this long without another one
 * @param signUpsPerAddress         sign-ups from one client address per {@code signUpWindow}
 * @param signUpWindow              how long an address that reached {@code signUpsPerAddress} waits
 * @param operatorEmails            the people who run this instance: they see {@code /admin/**} and the metrics
 */
@Validated
@ConfigurationProperties("interviewed.accounts")
record AccountsProperties(
        @NotNull Duration tokenTtl,
        @Min(1) int maxFailedLogins,
        @Min(1) int maxFailedLoginsPerAddress,
        @NotNull Duration lockout,
        @NotNull Duration maxLockout,
        @NotNull Duration failedLoginMemory,
        @Min(1) int signUpsPerAddress,
        @NotNull Duration signUpWindow,
        @NotNull List<String> operatorEmails) {

    /** How long a key is held back after its {@code failures}-th failure, {@code limit} being allowed. */
    Duration holdAfter(int failures, int limit) {
        int excess = failures - limit;
        if (excess < 0) {
            return Duration.ZERO;
        }
        Duration lock = lockout.multipliedBy(1L << Math.min(excess, 20));
        return lock.compareTo(maxLockout) > 0 ? maxLockout : lock;
    }
}
