package com.interviewed.notifications;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code webhook_endpoints} and {@code webhook_deliveries}: an organisation's receivers and what is owed them. */
@Repository
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void addEndpoint(UUID id, UUID organizationId, String url, String secret) {
        jdbc.sql("""
                        insert into webhook_endpoints (id, organization_id, url, secret, active, created_at)
                        values (?, ?, ?, ?, true, ?)""")
                .params(id, organizationId, url, secret, utc(clock.instant())).update();
    }

    boolean removeEndpoint(UUID id, UUID organizationId) {
        return jdbc.sql("delete from webhook_endpoints where id = ? and organization_id = ?")
                .params(id, organizationId).update() == 1;
    }

    List<Endpoint> endpoints(UUID organizationId) {
        return jdbc.sql("select * from webhook_endpoints where organization_id = ? order by created_at")
                .param(organizationId).query(WebhookOutbox::endpoint).list();
    }

    /** One delivery per active endpoint of the organisation; an event already queued for an endpoint is skipped. */
    int enqueue(UUID organizationId, UUID eventId, String type, String payload) {
        Instant now = clock.instant();
        int queued = 0;
        for (Endpoint endpoint : endpoints(organizationId)) {
            if (!endpoint.active()) {
                continue;
            }
            queued += jdbc.sql("""
                            insert into webhook_deliveries (id, endpoint_id, organization_id, event_id, event_type, payload,
                                                            status, attempts, next_attempt_at, created_at)
                            select ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ? from (select 1 as one) as single
                            where not exists (select 1 from webhook_deliveries where endpoint_id = ? and event_id = ?)""")
                    .params(UUID.randomUUID(), endpoint.id(), organizationId, eventId, type, payload, utc(now), utc(now),
                            endpoint.id(), eventId)
                    .update();
        }
        return queued;
    }

    List<UUID> due(int limit) {
        var now = utc(clock.instant());
        return jdbc.sql("""
                        select id from webhook_deliveries
                        where status = 'PENDING' and next_attempt_at <= ? and (locked_until is null or locked_until < ?)
                        order by next_attempt_at limit ?""")
                .params(now, now, limit).query(UUID.class).list();
    }

    /** The same conditional-update claim as the email outbox: of racing workers exactly one wins. */
    boolean claim(UUID id, Instant lockedUntil) {
        return jdbc.sql("""
                        update webhook_deliveries set locked_until = ?
                        where id = ? and status = 'PENDING' and (locked_until is null or locked_until < ?)""")
                .params(utc(lockedUntil), id, utc(clock.instant())).update() == 1;
    }

    Optional<Pending> pending(UUID id) {
        return jdbc.sql("""
                        select d.id, d.event_id, d.event_type, d.payload, d.attempts, e.url, e.secret
                        from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id where d.id = ?""")
                .param(id)
                .query((rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("payload"), rs.getInt("attempts"),
                        rs.getString("url"), rs.getString("secret")))
                .optional();
    }

    void markDelivered(UUID id, int status) {
        jdbc.sql("""
                        update webhook_deliveries set status = 'DELIVERED', attempts = attempts + 1, last_status = ?,
                               last_error = null, delivered_at = ?, locked_until = null where id = ?""")
                .params(status, utc(clock.instant()), id).update();
    }

    void markFailedAttempt(UUID id, int attempts, Integer status, String error, Instant next, boolean giveUp) {
        jdbc.sql("""
                        update webhook_deliveries set status = ?, attempts = ?, last_status = ?, last_error = ?,
                               next_attempt_at = ?, locked_until = null where id = ?""")
                .params(giveUp ? "FAILED" : "PENDING", attempts, status, error, utc(next), id).update();
    }

    /** The delivery log an organisation's recruiters see, newest first. */
    List<Delivery> log(UUID organizationId, int limit) {
        return jdbc.sql("""
                        select d.*, e.url from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
                        where d.organization_id = ? order by d.created_at desc limit ?""")
                .params(organizationId, limit)
                .query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), rs.getString("url"),
                        rs.getString("event_type"), rs.getObject("event_id", UUID.class), rs.getString("status"),
                        rs.getInt("attempts"), rs.getObject("last_status", Integer.class), rs.getString("last_error"),
                        instant(rs, "next_attempt_at"), instant(rs, "delivered_at"), instant(rs, "created_at")))
                .list();
    }

    private static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
        return new Endpoint(rs.getObject("id", UUID.class), rs.getString("url"), rs.getString("secret"),
                rs.getBoolean("active"), instant(rs, "created_at"));
    }

    record Endpoint(UUID id, String url, String secret, boolean active, Instant createdAt) {

        /** The secret as the page shows it after creation: enough to recognise, not to use. */
        public String maskedSecret() {
            return secret.substring(0, 6) + "…";
        }
    }

    record Pending(UUID id, UUID eventId, String type, String payload, int attempts, String url, String secret) {
    }

    record Delivery(UUID id, String url, String type, UUID eventId, String status, int attempts, Integer lastStatus,
            String lastError, Instant nextAttemptAt, Instant deliveredAt, Instant createdAt) {
    }
}
