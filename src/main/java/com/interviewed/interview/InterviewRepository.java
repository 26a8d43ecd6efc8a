package com.interviewed.interview;

import static com.interviewed.shared.SqlTimes.instant;
import static com.interviewed.shared.SqlTimes.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class InterviewRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InterviewRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(InterviewRow row, String personaName) {
        jdbc.sql("""
                        insert into interviews (id, candidate_id, invite_id, resume_id, role, mode, status, persona,
                            plan_json, state_json, candidate_name, created_at)
                        values (?, ?, ?, ?, ?, ?, 'CREATED', ?, ?, ?, ?, ?)""")
                .params(row.id(), row.candidateId(), row.inviteId(), row.resumeId(), row.role(), row.mode(),
                        personaName, row.planJson(), row.stateJson(), row.candidateName(), utc(row.createdAt()))
                .update();
    }

    Optional<InterviewRow> find(UUID id) {
        return jdbc.sql("""
                        select id, candidate_id, invite_id, resume_id, role, mode, status, candidate_name, plan_json,
                               state_json, created_at, started_at, ended_at
                        from interviews where id = ?""")
                .param(id)
                .query(InterviewRepository::mapRow)
                .optional();
    }

    List<InterviewRow> findByCandidate(UUID candidateId, int limit) {
        return jdbc.sql("""
                        select id, candidate_id, invite_id, resume_id, role, mode, status, candidate_name, plan_json,
                               state_json, created_at, started_at, ended_at
                        from interviews where candidate_id = ? order by created_at desc limit ?""")
                .params(candidateId, limit)
                .query(InterviewRepository::mapRow)
                .list();
    }

    /**
     * A new connection takes the interview's live session over: the returned epoch is higher than any earlier
     * connection's, which from now on writes nothing (see {@link SessionStore}).
     */
    long claimSession(UUID id) {
        jdbc.sql("update interviews set session_epoch = session_epoch + 1 where id = ?").param(id).update();
        return jdbc.sql("select session_epoch from interviews where id = ?").param(id).query(Long.class).single();
    }

    /**
     * True while {@code epoch} is still the interview's session; locks the row until the caller's transaction ends,
     * so a newer connection's claim waits for a write that passed this check.
     */
    boolean holdsSession(UUID id, long epoch) {
        return jdbc.sql("update interviews set session_epoch = session_epoch where id = ? and session_epoch = ?")
                .params(id, epoch).update() == 1;
    }

    void saveState(UUID id, String stateJson) {
        jdbc.sql("update interviews set state_json = ? where id = ?").params(stateJson, id).update();
    }

    /** Marks the interview started; true only for the first call, so the start is announced once. */
    boolean markStarted(UUID id, Instant now) {
        return jdbc.sql("""
                        update interviews set status = 'IN_PROGRESS', started_at = ?
                        where id = ? and status = 'CREATED'""")
                .params(utc(now), id).update() == 1;
    }

    /** Marks the interview ended; true only for the first call, so the end is announced once. */
    boolean markEnded(UUID id, Instant now) {
        return jdbc.sql("""
                        update interviews set status = 'ENDED', ended_at = ?,
                            started_at = coalesce(started_at, ?)
                        where id = ? and status in ('CREATED', 'IN_PROGRESS')""")
                .params(utc(now), utc(now), id).update() == 1;
    }

    void markScored(UUID id) {
        jdbc.sql("update interviews set status = 'SCORED' where id = ? and status = 'ENDED'").param(id).update();
    }

    int nextSeq(UUID interviewId) {
        return jdbc.sql("select coalesce(max(seq), -1) + 1 from transcript_turns where interview_id = ?")
                .param(interviewId).query(Integer.class).single();
    }

    void appendTurn(UUID turnId, UUID interviewId, int seq, String role, String speaker, String text,
            TurnStatus status, Long startMs, Long endMs, Instant now, List<HeardWord> words) {
        jdbc.sql("""
                        insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status,
                            start_ms, end_ms, created_at, words_json)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(turnId, interviewId, seq, role, speaker, text, status.name(), startMs, endMs, utc(now),
                        wordsJson(words))
                .update();
    }

    /**
     * An interviewer line as it starts: {@code INTERRUPTED} with nothing heard and everything meant in
     * original_text, until {@link #finishInterviewerTurn} settles it. A line whose playback a crash cut short thus
     * stays as far as it was heard ({@link #recordHeard}), which is what an interruption stores too.
     */
    void appendUnfinishedReply(UUID turnId, UUID interviewId, int seq, String speaker, String text, Long startMs,
            Instant now) {
        jdbc.sql("""
                        insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status,
                            original_text, start_ms, created_at)
                        values (?, ?, ?, 'interviewer', ?, '', 'INTERRUPTED', ?, ?, ?)""")
                .params(turnId, interviewId, seq, speaker, text, startMs, utc(now))
                .update();
    }

    /** How much of an unfinished interviewer line has been played so far; a finished line is left alone. */
    void recordHeard(UUID turnId, String heardText) {
        jdbc.sql("""
                        update transcript_turns set text = ?
                        where id = ? and speaker_role = 'interviewer' and end_ms is null""")
                .params(heardText, turnId)
                .update();
    }

    void finishInterviewerTurn(UUID turnId, String text, boolean interrupted, Long endMs) {
        // An interrupted turn keeps what was meant in original_text: the report scores the answer against the
        // planned question, not against the fragment that was played before the candidate spoke. A line heard in
        // full needs no original.
        jdbc.sql("""
                        update transcript_turns set original_text = case when ? then coalesce(original_text, text)
                            else null end, text = ?, status = ?, end_ms = ?
                        where id = ? and speaker_role = 'interviewer'""")
                .params(interrupted, text, (interrupted ? TurnStatus.INTERRUPTED : TurnStatus.SPOKEN).name(), endMs,
                        turnId)
                .update();
    }

    /** The candidate went on after a thinking pause: their turn now ends later and says more. */
    void extendCandidateTurn(UUID turnId, String text, Long endMs, List<HeardWord> words) {
        jdbc.sql("""
                        update transcript_turns set text = ?, end_ms = ?, words_json = ?
                        where id = ? and speaker_role = 'candidate'""")
                .params(text, endMs, wordsJson(words), turnId)
                .update();
    }

    /**
     * Stores the candidate's correction of a recognised turn, keeping what was first recognised. The words'
     * confidences go: the candidate has now said what the text is.
     */
    boolean editCandidateTurn(UUID interviewId, UUID turnId, String text) {
        return jdbc.sql("""
                        update transcript_turns set original_text = coalesce(original_text, text), text = ?,
                            status = 'EDITED', words_json = null
                        where id = ? and interview_id = ? and speaker_role = 'candidate'""")
                .params(text, turnId, interviewId)
                .update() == 1;
    }

    boolean turnExists(UUID turnId) {
        return jdbc.sql("select count(*) from transcript_turns where id = ?").param(turnId)
                .query(Integer.class).single() > 0;
    }

    void saveCode(UUID interviewId, String challengeId, String language, String code, String testSummary,
            Instant now) {
        int updated = jdbc.sql("""
                        update interview_code set language = ?, code = ?,
                            test_summary = coalesce(?, test_summary), updated_at = ?
                        where interview_id = ? and challenge_id = ?""")
                .params(language, code, testSummary, utc(now), interviewId, challengeId).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into interview_code (interview_id, challenge_id, language, code, test_summary,
                                updated_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(interviewId, challengeId, language, code, testSummary, utc(now)).update();
        }
    }

    void addIntegrityFlag(UUID interviewId, String kind, String detail, Instant now) {
        jdbc.sql("insert into integrity_flags (id, interview_id, kind, detail, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), interviewId, kind, detail, utc(now)).update();
    }

    private static InterviewRow mapRow(ResultSet rs, int row) throws SQLException {
        return new InterviewRow(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("invite_id", UUID.class), rs.getObject("resume_id", UUID.class), rs.getString("role"),
                rs.getString("mode"), InterviewStatus.valueOf(rs.getString("status")), rs.getString("candidate_name"),
                rs.getString("plan_json"), rs.getString("state_json"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "ended_at"));
    }

    private String wordsJson(List<HeardWord> words) {
        return words == null || words.isEmpty() ? null : json.writeValueAsString(words);
    }
}
