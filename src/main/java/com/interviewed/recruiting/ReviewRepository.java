package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code invite_reviews}: each recruiter's own score and notes for a candidate; several can review one. */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes this reviewer's review, replacing their earlier one; other reviewers' stay as they are. */
    void save(UUID inviteId, UUID organizationId, UUID reviewerId, String reviewerName, Double score, String notes,
            Instant now) {
        BigDecimal value = score == null ? null : BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP);
        int updated = jdbc.sql("""
                        update invite_reviews set score = ?, notes = ?, reviewer_name = ?, updated_at = ?
                        where invite_id = ? and reviewer_id = ? and organization_id = ?""")
                .params(value, notes, reviewerName, utc(now), inviteId, reviewerId, organizationId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into invite_reviews (invite_id, reviewer_id, reviewer_name, organization_id, score,
                                                        notes, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(inviteId, reviewerId, reviewerName, organizationId, value, notes, utc(now)).update();
        }
    }

    List<Review> forInvite(UUID inviteId, UUID organizationId) {
        return jdbc.sql("""
                        select reviewer_id, reviewer_name, score, notes, updated_at from invite_reviews
                        where invite_id = ? and organization_id = ? order by updated_at""")
                .params(inviteId, organizationId)
                .query((rs, row) -> new Review(rs.getObject("reviewer_id", UUID.class), rs.getString("reviewer_name"),
                        rs.getBigDecimal("score") == null ? null : rs.getBigDecimal("score").doubleValue(),
                        rs.getString("notes"), instant(rs, "updated_at")))
                .list();
    }

    void deleteForInvite(UUID inviteId) {
        jdbc.sql("delete from invite_reviews where invite_id = ?").param(inviteId).update();
    }

    /** One recruiter's review of a candidate. {@code score} 1–10 or {@code null}. */
    record Review(UUID reviewerId, String reviewerName, Double score, String notes, Instant updatedAt) {
    }
}
