package com.interviewed.notifications;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due webhooks: claims each (one instance wins), POSTs the JSON signed with the endpoint's secret and
 * marks it delivered on a 2xx; anything else is retried with the email outbox's backoff (30 s doubling to 1 h)
 * until {@code max-attempts}, then FAILED. Every attempt is in the delivery log.
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookOutbox outbox;
    private final NotificationsProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookWorker(WebhookOutbox outbox, NotificationsProperties properties, Clock clock) {
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${interviewed.notifications.poll-interval}",
            initialDelayString = "${interviewed.notifications.poll-interval}")
    void poll() {
        deliverDue();
    }

    int deliverDue() {
        int delivered = 0;
        for (UUID id : outbox.due(properties.batchSize())) {
            if (outbox.claim(id, clock.instant().plus(properties.lease())) && deliver(id)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(UUID id) {
        WebhookOutbox.Pending pending = outbox.pending(id).orElse(null);
        if (pending == null) {
            return false;
        }
        Integer status = null;
        String error;
        try {
            Instant now = clock.instant();
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(pending.url()))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Interviewed-Webhooks/1")
                    .header("Interviewed-Event", pending.type())
                    .header("Interviewed-Event-Id", pending.eventId().toString())
                    .header("Interviewed-Delivery", pending.id().toString())
                    .header(WebhookSignatures.HEADER, WebhookSignatures.sign(pending.secret(), now, pending.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(pending.payload())).build(),
                    HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                outbox.markDelivered(id, status);
                return true;
            }
            error = "HTTP " + status;
        } catch (IOException | IllegalArgumentException e) {
            error = String.valueOf(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int attempts = pending.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.backoffAfter(attempts));
        outbox.markFailedAttempt(id, attempts, status, error.length() > 1000 ? error.substring(0, 1000) : error, next,
                giveUp);
        log.warn("Webhook {} ({}) to {} failed (attempt {}{}): {}", pending.id(), pending.type(), pending.url(),
                attempts, giveUp ? ", giving up" : ", retrying at " + next, error);
        return false;
    }
}
