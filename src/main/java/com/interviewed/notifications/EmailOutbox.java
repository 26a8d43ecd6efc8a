package com.interviewed.notifications;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    UUID enqueue(UUID organizationId, String recipient, String subject, String html, String text, String replyTo) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = utc(clock.instant());
        jdbc.sql("""
                        insert into email_outbox (id, organization_id, recipient, subject, html_body, text_body, status,
                                                  attempts, next_attempt_at, created_at, reply_to)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(id, organizationId, recipient, subject, html, text, smtpConfigured ? "PENDING" : "LOCAL",
                        now, now, replyTo)
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

    void tagJob(UUID id, UUID jobId, String jobTitle) {
        jdbc.sql("update email_outbox set job_id = ?, job_title = ? where id = ?").params(jobId, jobTitle, id).update();
    }

    /**
     * One page of an organisation's messages, newest first, optionally only one job's and matching a search over
     * recipient and subject: without SMTP this is where every invite link is, so none may become unreachable.
     */
    OutboxPage page(UUID organizationId, UUID jobId, String q, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        StringBuilder where = new StringBuilder("organization_id = :org");
        if (jobId != null) {
            where.append(" and job_id = :job");
            params.put("job", jobId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(recipient) like :q or lower(subject) like :q)");
            params.put("q", "%" + q.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from email_outbox where " + where).params(params).query(Long.class)
                .single();
        int current = Math.max(1, page);
        params.put("limit", pageSize);
        params.put("offset", (long) (current - 1) * pageSize);
        List<OutboxMessage> messages = jdbc.sql("select * from email_outbox where " + where
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(params).query(EmailOutbox::map).list();
        return new OutboxPage(messages, total, current, pageSize);
    }

    /** The jobs an organisation's messages are about, for the outbox's filter. */
    List<JobOption> jobs(UUID organizationId) {
        return jdbc.sql("""
                        select job_id, max(job_title) as title from email_outbox
                        where organization_id = ? and job_id is not null group by job_id order by max(created_at) desc""")
                .param(organizationId)
                .query((rs, row) -> new JobOption(rs.getObject("job_id", UUID.class), rs.getString("title")))
                .list();
    }

    record JobOption(UUID id, String title) {
    }

    record OutboxPage(List<OutboxMessage> messages, long total, int page, int pageSize) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
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
                instant(rs, "sent_at"), rs.getString("reply_to"));
    }

    void deleteFor(UUID organizationId, String recipient) {
        jdbc.sql("delete from email_outbox where organization_id = ? and lower(recipient) = lower(?)")
                .params(organizationId, recipient).update();
    }

    record OutboxMessage(UUID id, UUID organizationId, String recipient, String subject, String htmlBody,
            String textBody, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
            Instant sentAt, String replyTo) {
    }
}
