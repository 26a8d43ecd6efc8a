package com.interviewed.coding;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxConcurrentRunsPerUser runs one user (or one invited candidate's interview) may have waiting or running
 *                                 at once; keep it under {@code max-concurrent-runs} so that nobody can take every
 *                                 slot
 */
@Validated
@ConfigurationProperties("interviewed.coding")
record RunQuotaProperties(@Min(1) int maxConcurrentRunsPerUser) {
}
