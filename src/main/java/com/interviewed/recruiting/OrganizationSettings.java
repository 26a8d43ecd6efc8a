package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An organisation's data settings ({@code organization_settings}): how long candidates' data is kept, and the
 * address candidates' replies reach (the emails come from a no-reply sender; without a setting, replies go to
 * the recruiter who sent the email).
 */
@Repository
class OrganizationSettings {

    private final JdbcClient jdbc;

    OrganizationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Settings find(UUID organizationId) {
        return jdbc.sql("select retention_days, reply_to from organization_settings where organization_id = ?")
                .param(organizationId)
                .query((rs, row) -> new Settings(rs.getObject("retention_days", Integer.class), rs.getString("reply_to")))
                .optional().orElse(new Settings(null, null));
    }

    void save(UUID organizationId, Settings settings, Instant now) {
        int updated = jdbc.sql("""
                        update organization_settings set retention_days = ?, reply_to = ?, updated_at = ?
                        where organization_id = ?""")
                .params(settings.retentionDays(), settings.replyTo(), utc(now), organizationId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into organization_settings (organization_id, retention_days, reply_to, updated_at)
                            values (?, ?, ?, ?)""")
                    .params(organizationId, settings.retentionDays(), settings.replyTo(), utc(now)).update();
        }
    }

    /** Where replies to an email sent by {@code senderEmail} for this organisation should go. */
    String replyTo(UUID organizationId, String senderEmail) {
        return Optional.ofNullable(find(organizationId).replyTo()).filter(s -> !s.isBlank()).orElse(senderEmail);
    }

    /** Organisations that keep candidates' data for a limited time. */
    List<Retention> retentions() {
        return jdbc.sql("select organization_id, retention_days from organization_settings where retention_days is not null")
                .query((rs, row) -> new Retention(rs.getObject("organization_id", UUID.class), rs.getInt("retention_days")))
                .list();
    }

    /** @param retentionDays {@code null} keeps data until someone deletes it */
    record Settings(Integer retentionDays, String replyTo) {
    }

    record Retention(UUID organizationId, int days) {
    }
}
