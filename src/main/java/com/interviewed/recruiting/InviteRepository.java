package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code invites} table: one row per invited candidate, with the scores copied from the scoring module so
 * that a job's pipeline is one indexed query. Recruiter-facing reads always name the organisation.
 */
@Repository
class InviteRepository {

    /** An unused link past its expiry shows as EXPIRED; the stored status stays, so extending it is a resend. */
    static final String EFFECTIVE_STATUS = """
            case when i.status in ('INVITED', 'OPENED') and i.expires_at < :now then 'EXPIRED' else i.status end""";

    private static final String COLUMNS = """
            i.id, i.job_id, i.email, i.name, i.status, i.expires_at, i.created_at, i.opened_at, i.completed_at,
            i.interview_id, i.attempts, i.score_overall, i.score_communication, i.score_technical_depth,
            i.score_problem_solving, i.score_confidence, i.score_relevance, i.decision, i.notes,
            i.questions_planned, i.questions_asked, i.questions_answered, i.coding_planned, i.coding_done,
            i.integrity_count, i.integrity_summary, i.retakes_granted,
            """ + EFFECTIVE_STATUS + " as effective_status";

    private final JdbcClient jdbc;

    InviteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID jobId, UUID organizationId, String email, String name, String tokenHash,
            Instant expiresAt, Instant now) {
        jdbc.sql("""
                        insert into invites (id, job_id, organization_id, email, name, token_hash, status, expires_at,
                                             created_at, attempts)
                        values (?, ?, ?, ?, ?, ?, 'INVITED', ?, ?, 0)""")
                .params(id, jobId, organizationId, email, name, tokenHash, utc(expiresAt), utc(now))
                .update();
    }

    Set<String> existingEmails(UUID jobId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select email from invites where job_id = :job and email in (:emails)")
                .param("job", jobId)
                .param("emails", emails)
                .query(String.class)
                .list());
    }

    Optional<Candidate> find(UUID jobId, UUID inviteId, UUID organizationId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from invites i where i.id = :id and i.job_id = :job and i.organization_id = :org")
                .param("id", inviteId).param("job", jobId).param("org", organizationId).param("now", utc(now))
                .query(InviteRepository::map)
                .optional();
    }

    List<Candidate> findAll(UUID jobId, UUID organizationId, Collection<UUID> inviteIds, Instant now) {
        return jdbc.sql("select " + COLUMNS
                        + " from invites i where i.id in (:ids) and i.job_id = :job and i.organization_id = :org")
                .param("ids", inviteIds).param("job", jobId).param("org", organizationId).param("now", utc(now))
                .query(InviteRepository::map)
                .list();
    }

    /** An invite as events describe it, without a recruiter's scope (the caller already holds its id). */
    Optional<Candidate> snapshot(UUID inviteId, Instant now) {
        return jdbc.sql("select " + COLUMNS + " from invites i where i.id = :id")
                .param("id", inviteId).param("now", utc(now))
                .query(InviteRepository::map)
                .optional();
    }

    UUID organizationOf(UUID inviteId) {
        return jdbc.sql("select organization_id from invites where id = ?").param(inviteId).query(UUID.class).single();
    }

    /** The candidate's side: found by the hash of the secret in their link, nothing else. */
    Optional<InviteLink> findByTokenHash(String tokenHash) {
        return jdbc.sql("""
                        select id, job_id, organization_id, email, name, status, expires_at, interview_id, attempts,
                               retakes_granted
                        from invites where token_hash = ?""")
                .param(tokenHash)
                .query((rs, row) -> new InviteLink(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                        rs.getObject("organization_id", UUID.class), rs.getString("email"), rs.getString("name"),
                        rs.getString("status"), instant(rs, "expires_at"), rs.getObject("interview_id", UUID.class),
                        rs.getInt("attempts"), rs.getInt("retakes_granted")))
                .optional();
    }

    /** Whether this hash belonged to a link that a resend replaced. */
    boolean wasReplaced(String tokenHash) {
        return jdbc.sql("select count(*) from retired_invite_tokens where token_hash = ?").param(tokenHash)
                .query(Integer.class).single() > 0;
    }

    PipelinePage page(UUID jobId, UUID organizationId, PipelineQuery query, int pageSize, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("job", jobId);
        params.put("org", organizationId);
        params.put("now", utc(now));
        String where = "i.job_id = :job and i.organization_id = :org" + query.whereClause(params);
        long total = jdbc.sql("select count(*) from invites i where " + where).params(params)
                .query(Long.class).single();
        params.put("limit", pageSize);
        params.put("offset", (long) (query.page() - 1) * pageSize);
        List<Candidate> rows = jdbc.sql("select " + COLUMNS + " from invites i where " + where + " order by "
                        + query.orderBy() + " limit :limit offset :offset")
                .params(params)
                .query(InviteRepository::map)
                .list();
        return new PipelinePage(rows, total, query.page(), pageSize);
    }

    /** Every candidate of a job in one pass, for the CSV export. */
    void forEach(UUID jobId, UUID organizationId, PipelineQuery query, Instant now,
            java.util.function.Consumer<Candidate> consumer) {
        Map<String, Object> params = new HashMap<>();
        params.put("job", jobId);
        params.put("org", organizationId);
        params.put("now", utc(now));
        String where = "i.job_id = :job and i.organization_id = :org" + query.whereClause(params);
        try (var rows = jdbc.sql("select " + COLUMNS + " from invites i where " + where + " order by "
                        + query.orderBy())
                .params(params)
                .query(InviteRepository::map)
                .stream()) {
            rows.forEach(consumer);
        }
    }

    StatusCounts counts(UUID jobId, UUID organizationId, Instant now) {
        return jdbc.sql("""
                        select count(*) as total,
                          coalesce(sum(case when i.status = 'INVITED' and i.expires_at >= :now then 1 else 0 end), 0) as invited,
                          coalesce(sum(case when i.status = 'OPENED' and i.expires_at >= :now then 1 else 0 end), 0) as opened,
                          coalesce(sum(case when i.status = 'IN_PROGRESS' then 1 else 0 end), 0) as in_progress,
                          coalesce(sum(case when i.status = 'COMPLETED' then 1 else 0 end), 0) as completed,
                          coalesce(sum(case when i.status = 'SCORED' then 1 else 0 end), 0) as scored,
                          coalesce(sum(case when i.status in ('INVITED', 'OPENED') and i.expires_at < :now then 1 else 0 end), 0) as expired,
                          coalesce(sum(case when i.status = 'REVOKED' then 1 else 0 end), 0) as revoked
                        from invites i where i.job_id = :job and i.organization_id = :org""")
                .param("job", jobId).param("org", organizationId).param("now", utc(now))
                .query((rs, row) -> new StatusCounts(rs.getLong("total"), rs.getLong("invited"), rs.getLong("opened"),
                        rs.getLong("in_progress"), rs.getLong("completed"), rs.getLong("scored"),
                        rs.getLong("expired"), rs.getLong("revoked")))
                .single();
    }

    boolean markOpened(UUID inviteId, Instant now) {
        return jdbc.sql("update invites set status = 'OPENED', opened_at = ? where id = ? and status = 'INVITED'")
                .params(utc(now), inviteId).update() == 1;
    }

    /** Records the interview an invite led to, unless another request got there first. */
    boolean attachInterview(UUID inviteId, UUID expectedInterview, UUID interviewId) {
        String sql = expectedInterview == null
                ? "update invites set interview_id = ?, attempts = attempts + 1 where id = ? and interview_id is null"
                // A retake: the invite starts over from OPENED; the new scores replace the old when they arrive.
                : "update invites set interview_id = ?, attempts = attempts + 1, status = 'OPENED', completed_at = null,"
                        + " questions_planned = null, incomplete = null, integrity_count = 0, integrity_summary = null"
                        + " where id = ? and interview_id = ?";
        var statement = jdbc.sql(sql).param(interviewId).param(inviteId);
        if (expectedInterview != null) {
            statement = statement.param(expectedInterview);
        }
        return statement.update() == 1;
    }

    Optional<UUID> interviewOf(UUID inviteId) {
        return jdbc.sql("select interview_id from invites where id = ?").param(inviteId).query(UUID.class)
                .optional();
    }

    boolean markInProgress(UUID inviteId) {
        return jdbc.sql("update invites set status = 'IN_PROGRESS' where id = ? and status in ('INVITED', 'OPENED')")
                .param(inviteId).update() == 1;
    }

    boolean markCompleted(UUID inviteId, Instant endedAt) {
        return jdbc.sql("""
                        update invites set status = 'COMPLETED', completed_at = ?
                        where id = ? and status in ('INVITED', 'OPENED', 'IN_PROGRESS')""")
                .params(utc(endedAt), inviteId).update() == 1;
    }

    boolean markScored(UUID inviteId, Scores scores, Instant now) {
        return jdbc.sql("""
                        update invites set status = 'SCORED', completed_at = coalesce(completed_at, ?),
                               score_overall = ?, score_communication = ?, score_technical_depth = ?,
                               score_problem_solving = ?, score_confidence = ?, score_relevance = ?, scored_at = ?
                        where id = ? and status <> 'REVOKED'""")
                .params(utc(now), round(scores.overall()), round(scores.communication()),
                        round(scores.technicalDepth()), round(scores.problemSolving()), round(scores.confidence()),
                        round(scores.relevance()), utc(now), inviteId)
                .update() == 1;
    }

    /** A fresh secret and expiry for a link that was not used yet (the old link stops working). */
    boolean renew(UUID inviteId, UUID organizationId, String tokenHash, Instant expiresAt, Instant now) {
        jdbc.sql("""
                        insert into retired_invite_tokens (token_hash, invite_id, retired_at)
                        select token_hash, id, ? from invites where id = ? and organization_id = ?""")
                .params(utc(now), inviteId, organizationId).update();
        return jdbc.sql("""
                        update invites set token_hash = ?, expires_at = ?,
                               status = case when status = 'REVOKED' then 'INVITED' else status end
                        where id = ? and organization_id = ?
                          and (status in ('INVITED', 'OPENED') or (status = 'REVOKED' and interview_id is null))""")
                .params(tokenHash, utc(expiresAt), inviteId, organizationId).update() == 1;
    }

    /** Revoked invites of a job that were never used, by email: inviting the address again revives them. */
    Map<String, UUID> revokedUnused(UUID jobId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        Map<String, UUID> found = new HashMap<>();
        jdbc.sql("""
                        select email, id from invites
                        where job_id = :job and email in (:emails) and status = 'REVOKED' and interview_id is null""")
                .param("job", jobId).param("emails", emails)
                .query((rs, row) -> found.put(rs.getString("email"), rs.getObject("id", UUID.class)))
                .list();
        return found;
    }

    /** A revoked, unused invite becomes a fresh one: new secret, new expiry, status Invited. */
    boolean reinstate(UUID inviteId, UUID organizationId, String tokenHash, Instant expiresAt) {
        return jdbc.sql("""
                        update invites set token_hash = ?, expires_at = ?, status = 'INVITED', opened_at = null
                        where id = ? and organization_id = ? and status = 'REVOKED' and interview_id is null""")
                .params(tokenHash, utc(expiresAt), inviteId, organizationId).update() == 1;
    }

    boolean revoke(UUID inviteId, UUID organizationId) {
        return jdbc.sql("""
                        update invites set status = 'REVOKED'
                        where id = ? and organization_id = ? and status in ('INVITED', 'OPENED')""")
                .params(inviteId, organizationId).update() == 1;
    }

    boolean review(UUID inviteId, UUID organizationId, String notes, String decision, UUID decidedBy, Instant now) {
        return jdbc.sql("""
                        update invites set notes = ?, decision = ?, decided_by = ?, decided_at = ?
                        where id = ? and organization_id = ?""")
                .params(notes, decision, decision == null ? null : decidedBy, decision == null ? null : utc(now),
                        inviteId, organizationId)
                .update() == 1;
    }

    /** The name the candidate typed on the consent page, so the recruiter sees it too. */
    void saveName(UUID inviteId, String name) {
        jdbc.sql("update invites set name = ? where id = ?").params(name, inviteId).update();
    }

    /** What the ended interview covered and the integrity signals in words; repeated events write the same. */
    void recordOutcome(UUID inviteId, UUID interviewId, Completeness completeness, int integrityCount,
            String integritySummary) {
        jdbc.sql("""
                        update invites set questions_planned = ?, questions_asked = ?, questions_answered = ?,
                               coding_planned = ?, coding_done = ?, incomplete = ?, integrity_count = ?,
                               integrity_summary = ?
                        where id = ? and interview_id = ?""")
                .params(completeness.planned(), completeness.asked(), completeness.answered(),
                        completeness.codingPlanned(), completeness.codingDone(), completeness.incomplete(),
                        integrityCount, integritySummary, inviteId, interviewId)
                .update();
    }

    /** The recruiter offers one more attempt on a finished interview (the link works again until it expires). */
    boolean grantRetake(UUID inviteId, UUID organizationId, Instant expiresAt) {
        return jdbc.sql("""
                        update invites set retakes_granted = retakes_granted + 1,
                               expires_at = case when expires_at < ? then ? else expires_at end
                        where id = ? and organization_id = ? and status in ('COMPLETED', 'SCORED')""")
                .params(utc(expiresAt), utc(expiresAt), inviteId, organizationId).update() == 1;
    }

    private static BigDecimal round(double score) {
        return BigDecimal.valueOf(Math.max(0, Math.min(10, score))).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Candidate map(ResultSet rs, int row) throws SQLException {
        BigDecimal overall = rs.getBigDecimal("score_overall");
        Scores scores = overall == null ? null : new Scores(overall.doubleValue(),
                rs.getBigDecimal("score_communication").doubleValue(),
                rs.getBigDecimal("score_technical_depth").doubleValue(),
                rs.getBigDecimal("score_problem_solving").doubleValue(),
                rs.getBigDecimal("score_confidence").doubleValue(), rs.getBigDecimal("score_relevance").doubleValue());
        return new Candidate(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                rs.getString("email"), rs.getString("name"), rs.getString("effective_status"),
                instant(rs, "expires_at"), instant(rs, "created_at"), instant(rs, "opened_at"),
                instant(rs, "completed_at"), rs.getObject("interview_id", UUID.class), rs.getInt("attempts"), scores,
                rs.getString("decision"), rs.getString("notes"), completeness(rs), rs.getInt("integrity_count"),
                rs.getString("integrity_summary"), rs.getInt("retakes_granted"));
    }

    private static Completeness completeness(ResultSet rs) throws SQLException {
        Integer planned = rs.getObject("questions_planned", Integer.class);
        return planned == null ? null : new Completeness(planned, rs.getInt("questions_asked"),
                rs.getInt("questions_answered"), rs.getBoolean("coding_planned"), rs.getBoolean("coding_done"));
    }

    /** What the candidate's link resolves to. */
    record InviteLink(UUID id, UUID jobId, UUID organizationId, String email, String name, String status,
            Instant expiresAt, UUID interviewId, int attempts, int retakesGranted) {
    }

    record StatusCounts(long total, long invited, long opened, long inProgress, long completed, long scored,
            long expired, long revoked) {
    }

    record PipelinePage(List<Candidate> candidates, long total, int page, int pageSize) {

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }
}
