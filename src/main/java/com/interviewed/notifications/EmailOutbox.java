package com.interviewed.notifications;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Repository;

/**
 * The {@code email_outbox} table. Messages are PENDING until the worker delivers them (SENT) or gives up
 * (FAILED); with no SMTP server configured they are LOCAL from the start and only shown in the UI.
 */
@Repository
class EmailOutbox {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean smtpConfigured;

    EmailOutbox(JdbcClient jdbc, Clock clock, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.smtpConfigured = mailSender.getIfAvailable() != null;
    }

    UUID enqueue(UUID organizationId, String recipient, String subject, String html, String text) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("""
                        insert into email_outbox (id, organization_id, recipient, subject, html_body, text_body, status,
                                                  attempts, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(id, organizationId, recipient, subject, html, text, smtpConfigured ? "PENDING" : "LOCAL",
                        now, now)
                .update();
        return id;
    }

    /** Ids of messages due for delivery; they still have to be {@linkplain #claim claimed}. */
    List<UUID> due(int limit) {
        OffsetDateTime now = utc(clock.instant());
        return jdbc.sql("""
                        select id from email_outbox
                        where status = 'PENDING' and next_attempt_at <= ? and (locked_until is null or locked_until < ?)
                        order by next_attempt_at limit ?""")
                .params(now, now, limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Reserves a message for this worker with a conditional update, which the database serialises: of several
     * workers (threads, instances) racing for one message exactly one sees "1 row updated".
     */
    boolean claim(UUID id, Instant lockedUntil) {
        OffsetDateTime now = utc(clock.instant());
        return jdbc.sql("""
                        update email_outbox set locked_until = ?
                        where id = ? and status = 'PENDING' and (locked_until is null or locked_until < ?)""")
                .params(utc(lockedUntil), id, now)
                .update() == 1;
    }

    Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("select * from email_outbox where id = ?").param(id).query(EmailOutbox::map).optional();
    }

    void markSent(UUID id) {
        jdbc.sql("""
                        update email_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1,
                               locked_until = null, last_error = null where id = ?""")
                .params(utc(clock.instant()), id)
                .update();
    }

    void markFailedAttempt(UUID id, int attempts, Instant nextAttempt, boolean giveUp, String error) {
        jdbc.sql("""
                        update email_outbox set status = ?, attempts = ?, next_attempt_at = ?, locked_until = null,
                               last_error = ? where id = ?""")
                .params(giveUp ? "FAILED" : "PENDING", attempts, utc(nextAttempt), error, id)
                .update();
    }

    List<OutboxMessage> forOrganization(UUID organizationId, int limit) {
        return jdbc.sql("select * from email_outbox where organization_id = ? order by created_at desc limit ?")
                .params(organizationId, limit)
                .query(EmailOutbox::map)
                .list();
    }

    Optional<OutboxMessage> findForOrganization(UUID id, UUID organizationId) {
        return jdbc.sql("select * from email_outbox where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query(EmailOutbox::map)
                .optional();
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("html_body"),
                rs.getString("text_body"), rs.getString("status"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"));
    }

    record OutboxMessage(UUID id, UUID organizationId, String recipient, String subject, String htmlBody,
            String textBody, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
            Instant sentAt) {
    }
}
