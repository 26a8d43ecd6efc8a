package com.interviewed.notifications;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param from           sender address of every message
 * @param pollInterval   how often the worker looks for due messages
 * @param batchSize      messages claimed per poll
 * @param maxAttempts    delivery attempts before a message is marked FAILED
 * @param initialBackoff wait after the first failure; it doubles with each further failure
 * @param maxBackoff     the longest wait between attempts
 * @param lease          how long a claimed message is reserved for its worker; a worker that dies mid-send
 *                       releases it when the lease runs out
 */
@Validated
@ConfigurationProperties("interviewed.notifications")
record NotificationsProperties(
        @NotBlank String from,
        @NotNull Duration pollInterval,
        @Min(1) int batchSize,
        @Min(1) int maxAttempts,
        @NotNull Duration initialBackoff,
        @NotNull Duration maxBackoff,
        @NotNull Duration lease) {

    Duration backoffAfter(int attempts) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
