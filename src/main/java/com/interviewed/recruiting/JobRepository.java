package com.interviewed.recruiting;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code jobs} table. Every read and write names the organisation, so one organisation's ids are worth
 * nothing to another. Requirements and custom questions are stored one per line.
 */
@Repository
class JobRepository {

    private final JdbcClient jdbc;

    JobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID organizationId, UUID createdBy, JobDraft draft, Instant now) {
        jdbc.sql("""
                        insert into jobs (id, organization_id, created_by, title, description, requirements, seniority,
                                          mode, duration_minutes, coding, language, custom_questions, status, deadline,
                                          created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organizationId, createdBy, draft.title().strip(), nullToEmpty(draft.description()),
                        lines(draft.requirements()), draft.seniority(), draft.mode(), draft.durationMinutes(),
                        draft.coding(), draft.language(), lines(draft.customQuestions()), draft.status(),
                        utc(draft.deadline()), utc(now), utc(now))
                .update();
    }

    boolean update(UUID id, UUID organizationId, JobDraft draft, Instant now) {
        return jdbc.sql("""
                        update jobs set title = ?, description = ?, requirements = ?, seniority = ?, mode = ?,
                               duration_minutes = ?, coding = ?, language = ?, custom_questions = ?, status = ?,
                               deadline = ?, updated_at = ?
                        where id = ? and organization_id = ?""")
                .params(draft.title().strip(), nullToEmpty(draft.description()), lines(draft.requirements()),
                        draft.seniority(), draft.mode(), draft.durationMinutes(), draft.coding(), draft.language(),
                        lines(draft.customQuestions()), draft.status(), utc(draft.deadline()), utc(now), id,
                        organizationId)
                .update() == 1;
    }

    Optional<Job> find(UUID id, UUID organizationId) {
        return jdbc.sql("select * from jobs where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query(JobRepository::map)
                .optional();
    }

    /** For the candidate's invite page, which is reached by token rather than by a recruiter. */
    Optional<Job> findById(UUID id) {
        return jdbc.sql("select * from jobs where id = ?").param(id).query(JobRepository::map).optional();
    }

    /** Replaces the proposed plan, unless the plan is already frozen. */
    boolean storePlan(UUID id, UUID organizationId, String planJson) {
        return jdbc.sql("update jobs set plan_json = ? where id = ? and organization_id = ? and plan_frozen_at is null")
                .params(planJson, id, organizationId).update() == 1;
    }

    /** Freezes the plan for the campaign; a no-op when it already is. */
    void freezePlan(UUID id, Instant now) {
        jdbc.sql("update jobs set plan_frozen_at = ? where id = ? and plan_frozen_at is null and plan_json is not null")
                .params(utc(now), id).update();
    }

    List<JobSummary> list(UUID organizationId) {
        return jdbc.sql("""
                        select j.id, j.title, j.status, j.seniority, j.mode, j.duration_minutes, j.deadline, j.created_at,
                               (select count(*) from invites i where i.job_id = j.id) as invited,
                               (select count(*) from invites i where i.job_id = j.id and i.status = 'SCORED') as scored
                        from jobs j where j.organization_id = ? order by j.created_at desc""")
                .param(organizationId)
                .query((rs, row) -> new JobSummary(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("status"), rs.getString("seniority"), rs.getString("mode"),
                        rs.getInt("duration_minutes"), instant(rs, "deadline"), rs.getInt("invited"),
                        rs.getInt("scored"), instant(rs, "created_at")))
                .list();
    }

    static String lines(List<String> items) {
        return String.join("\n", items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    static List<String> splitLines(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static Job map(ResultSet rs, int row) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("title"), rs.getString("description"), splitLines(rs.getString("requirements")),
                rs.getString("seniority"), rs.getString("mode"), rs.getInt("duration_minutes"),
                rs.getBoolean("coding"), rs.getString("language"), splitLines(rs.getString("custom_questions")),
                rs.getString("status"), instant(rs, "deadline"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("plan_json"), instant(rs, "plan_frozen_at"));
    }

    record JobSummary(UUID id, String title, String status, String seniority, String mode, int durationMinutes,
            Instant deadline, int invited, int scored, Instant createdAt) {
    }
}
