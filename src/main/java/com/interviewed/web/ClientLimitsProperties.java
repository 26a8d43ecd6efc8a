package com.interviewed.web;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many of the server's request threads slow or greedy clients may hold (see {@link ClientLimitValve}).
 *
 * @param maxRequestsPerAddress requests one client address may have in progress at once; more get 429
 * @param maxBodyRequests       requests with a body (uploads, forms, JSON) in progress at once, all clients
 *                              together; more get 503. Keep it well under server.tomcat.threads.max so that pages,
 *                              health checks and WebSocket handshakes always find a thread.
 */
@Validated
@ConfigurationProperties("interviewed.web.client-limits")
record ClientLimitsProperties(@Positive int maxRequestsPerAddress, @Positive int maxBodyRequests) {
}
