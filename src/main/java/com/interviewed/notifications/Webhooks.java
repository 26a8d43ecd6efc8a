package com.interviewed.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queues an event for every webhook endpoint of an organisation. Call it in the transaction that makes the
 * change: the delivery then exists exactly when the change does, and {@link WebhookWorker} sends it, signed, with
 * retries. The event id is derived from what happened ({@code type} and {@code key}), so reporting the same
 * occurrence twice queues it once and a receiver sees every event once.
 */
@Service
public class Webhooks {

    private final WebhookOutbox outbox;
    private final JsonMapper json;
    private final Clock clock;

    Webhooks(WebhookOutbox outbox, JsonMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param type {@code invite.created}, {@code invite.opened}, {@code interview.started},
     *             {@code interview.completed}, {@code interview.scored} or {@code decision.changed}
     * @param key  what identifies this occurrence (for example the invite and interview ids)
     * @param data the event's fields
     * @return the event id
     */
    @Transactional
    public UUID publish(UUID organizationId, String type, String key, Map<String, Object> data) {
        UUID eventId = UUID.nameUUIDFromBytes((organizationId + "|" + type + "|" + key).getBytes(StandardCharsets.UTF_8));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId);
        envelope.put("type", type);
        envelope.put("createdAt", clock.instant().toString());
        envelope.put("data", data);
        outbox.enqueue(organizationId, eventId, type, json.writeValueAsString(envelope));
        return eventId;
    }
}
