package com.interviewed.scoring;

import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The evaluations, their questions and the per-interview scoring claims, in SQL. */
@Repository
class EvaluationStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    EvaluationStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the claim if absent. Returns false if another delivery or instance already has one. */
    boolean insertClaim(UUID interviewId, String instance, Instant now) {
        try {
            jdbc.sql("""
                            insert into evaluation_runs (interview_id, status, attempts, claimed_by, claimed_at, updated_at)
                            values (?, 'RUNNING', 1, ?, ?, ?)""")
                    .params(interviewId, instance, utc(now), utc(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Takes over a failed run, or a running one whose claimant has been silent since {@code staleBefore}. */
    boolean takeOver(UUID interviewId, String instance, Instant now, Instant staleBefore) {
        return jdbc.sql("""
                        update evaluation_runs set status = 'RUNNING', attempts = attempts + 1, claimed_by = ?,
                               claimed_at = ?, error = null, updated_at = ?
                        where interview_id = ? and (status = 'FAILED' or (status = 'RUNNING' and claimed_at < ?))""")
                .params(instance, utc(now), utc(now), interviewId, utc(staleBefore)).update() == 1;
    }

    Optional<EvaluationStatus> runStatus(UUID interviewId) {
        return jdbc.sql("select status from evaluation_runs where interview_id = ?").param(interviewId)
                .query(String.class).optional().map(EvaluationStatus::valueOf);
    }

    void finish(UUID interviewId, EvaluationStatus status, String error, Instant now) {
        jdbc.sql("update evaluation_runs set status = ?, error = ?, updated_at = ? where interview_id = ?")
                .params(status.name(), error, utc(now), interviewId).update();
    }

    UUID insert(UUID interviewId, String role, ScoreResult result, SpeechAnalytics speech, Instant now) {
        UUID id = UUID.randomUUID();
        Dimensions d = result.dimensions();
        jdbc.sql("""
                        insert into evaluations (id, interview_id, scorer, scorer_note, overall, communication,
                            technical_depth, problem_solving, confidence, relevance, speech_json, created_at, role)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, interviewId, result.scorer(), result.scorerNote(), result.overall(), d.communication(),
                        d.technicalDepth(), d.problemSolving(), d.confidence(), d.relevance(),
                        json.writeValueAsString(speech), utc(now), role)
                .update();
        int position = 0;
        for (ScoredQuestion q : result.questions()) {
            Dimensions qd = q.dimensions();
            jdbc.sql("""
                            insert into evaluation_questions (id, evaluation_id, position, question, answer, overall,
                                communication, technical_depth, problem_solving, confidence, relevance, feedback,
                                evidence_json, missing_json, signals_json, asked_by, category, code_json)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), id, position++, q.question(), q.answer(), q.overall(),
                            qd.communication(), qd.technicalDepth(), qd.problemSolving(), qd.confidence(),
                            qd.relevance(), q.feedback(), json.writeValueAsString(q.evidence()),
                            json.writeValueAsString(q.missing()), json.writeValueAsString(q.signals()),
                            q.askedBy(), q.category(), q.code() == null ? null : json.writeValueAsString(q.code()))
                    .update();
        }
        return id;
    }

    boolean exists(UUID interviewId) {
        return jdbc.sql("select count(*) from evaluations where interview_id = ?").param(interviewId)
                .query(Integer.class).single() > 0;
    }

    /** A stored evaluation without its transcript (the caller adds that from the interview module). */
    Optional<EvaluationReport> find(UUID interviewId) {
        return jdbc.sql("select * from evaluations where interview_id = ?").param(interviewId)
                .query((rs, row) -> report(rs)).optional();
    }

    /** The candidate's scored interviews, oldest first, for the progress page. */
    List<EvaluationSummary> history(UUID candidateId) {
        return jdbc.sql("""
                        select e.interview_id, e.role, e.overall, e.communication, e.technical_depth,
                               e.problem_solving, e.confidence, e.relevance, e.created_at
                        from evaluations e join interviews i on i.id = e.interview_id
                        where i.candidate_id = ? order by e.created_at, e.interview_id""")
                .param(candidateId)
                .query((rs, row) -> new EvaluationSummary(rs.getObject("interview_id", UUID.class),
                        rs.getString("role"), rs.getDouble("overall"), dimensions(rs),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private EvaluationReport report(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<ScoredQuestion> questions = jdbc.sql("""
                        select * from evaluation_questions where evaluation_id = ? order by position""")
                .param(id)
                .query((q, row) -> new ScoredQuestion(q.getString("question"), q.getString("answer"),
                        q.getDouble("overall"), dimensions(q), q.getString("feedback"),
                        json.readValue(q.getString("evidence_json"), new TypeReference<List<String>>() { }),
                        json.readValue(q.getString("missing_json"), new TypeReference<List<String>>() { }),
                        json.readValue(q.getString("signals_json"), new TypeReference<List<Signal>>() { }),
                        q.getString("asked_by"), q.getString("category"), q.getString("code_json") == null ? null
                                : json.readValue(q.getString("code_json"), CodeEvidence.class)))
                .list();
        return new EvaluationReport(id, rs.getObject("interview_id", UUID.class), rs.getString("role"),
                rs.getString("scorer"), rs.getString("scorer_note"), rs.getDouble("overall"), dimensions(rs),
                questions, json.readValue(rs.getString("speech_json"), SpeechAnalytics.class), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Dimensions dimensions(ResultSet rs) throws SQLException {
        return new Dimensions(rs.getDouble("communication"), rs.getDouble("technical_depth"),
                rs.getDouble("problem_solving"), rs.getDouble("confidence"), rs.getDouble("relevance"));
    }

    /** Removes an interview's evaluation with its questions and run record (data erasure). */
    void erase(UUID interviewId) {
        jdbc.sql("""
                        delete from evaluation_questions
                        where evaluation_id in (select id from evaluations where interview_id = ?)""")
                .param(interviewId).update();
        jdbc.sql("delete from evaluations where interview_id = ?").param(interviewId).update();
        jdbc.sql("delete from evaluation_runs where interview_id = ?").param(interviewId).update();
    }
}
