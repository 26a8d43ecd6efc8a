package com.interviewed.interview;

import static com.interviewed.shared.SqlTimes.instant;

import com.interviewed.questions.InterviewPlan;
import jakarta.servlet.http.HttpSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interview module's API for other modules: start an invited candidate's interview, let their browser in, and
 * read an interview with its plan and full transcript.
 */
@Service
public class Interviews {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InterviewCreation creation;
    private final InterviewRepository repository;
    private final InterviewAccess access;

    Interviews(JdbcClient jdbc, JsonMapper json, InterviewCreation creation, InterviewRepository repository,
            InterviewAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.creation = creation;
        this.repository = repository;
        this.access = access;
    }

    /**
     * The interview of an invite on the job's frozen plan: the one started through it that has not ended yet (a
     * dropped connection resumes it), else a new one (a first attempt or a retake the recruiter offered).
     *
     * @param mode {@code SOLO} or {@code PANEL}
     */
    public UUID startInvited(UUID inviteId, String candidateName, InterviewPlan plan, String mode) {
        return jdbc.sql("""
                        select id from interviews where invite_id = ? and status in ('CREATED', 'IN_PROGRESS')
                        order by created_at desc""")
                // list(), not stream(): an unclosed JdbcClient stream keeps its pooled connection.
                .param(inviteId).query(UUID.class).list().stream().findFirst()
                .orElseGet(() -> creation.create(null, inviteId, null, candidateName, plan, mode).id());
    }

    /**
     * When each turn was stored, by turn id: the wall-clock time for turns whose {@code startMs} the client did not
     * know (typed answers), so a reviewer still sees when they were given.
     */
    public java.util.Map<UUID, java.time.Instant> turnTimes(UUID interviewId) {
        java.util.Map<UUID, java.time.Instant> times = new java.util.HashMap<>();
        jdbc.sql("select id, created_at from transcript_turns where interview_id = ?").param(interviewId)
                .query((rs, row) -> times.put(rs.getObject("id", UUID.class), instant(rs, "created_at")))
                .list();
        return times;
    }

    /** The ids of the plan's steps the interviewer has asked so far, in order. */
    public List<String> askedStepIds(UUID interviewId) {
        return jdbc.sql("select state_json from interviews where id = ?").param(interviewId).query(String.class)
                .optional()
                .map(state -> json.readValue(state, ConversationState.class).askedIds())
                .orElse(List.of());
    }

    /** The interviews taken through an invite (a retake adds one), newest first. */
    public List<UUID> idsForInvite(UUID inviteId) {
        return jdbc.sql("select id from interviews where invite_id = ? order by created_at desc").param(inviteId)
                .query(UUID.class).list();
    }

    /**
     * Deletes an interview and everything recorded in it (transcript, code, integrity signals): erasing a
     * candidate's data. Other modules' records of it (the evaluation) must be erased first.
     */
    @org.springframework.transaction.annotation.Transactional
    public void erase(UUID interviewId) {
        for (String table : List.of("transcript_turns", "interview_code", "integrity_flags")) {
            jdbc.sql("delete from " + table + " where interview_id = ?").param(interviewId).update();
        }
        jdbc.sql("delete from interviews where id = ?").param(interviewId).update();
    }

    /** Keeps the interview and its transcript but no longer names the candidate (anonymising). */
    public void anonymise(UUID interviewId) {
        jdbc.sql("update interviews set candidate_name = 'Candidate' where id = ?").param(interviewId).update();
        jdbc.sql("update transcript_turns set speaker = 'Candidate' where interview_id = ? and speaker_role = 'candidate'")
                .param(interviewId).update();
    }

    /** Lets this browser session take part in the invited interview (the invite link was its credential). */
    public void grantAccess(HttpSession session, UUID interviewId) {
        access.grant(session, interviewId);
    }

    /** The page where the candidate takes the interview. */
    public String pageUrl(UUID interviewId) {
        return "/interviews/" + interviewId;
    }

    public Optional<InterviewSnapshot> find(UUID interviewId) {
        return jdbc.sql("""
                        select id, candidate_id, invite_id, resume_id, role, mode, status, persona, plan_json,
                               created_at, started_at, ended_at
                        from interviews where id = ?""")
                .param(interviewId)
                .query((rs, row) -> snapshot(rs, transcript(interviewId)))
                .optional();
    }

    public List<TranscriptTurn> transcript(UUID interviewId) {
        return jdbc.sql("""
                        select id, seq, speaker_role, speaker, text, status, original_text, start_ms, end_ms,
                               words_json
                        from transcript_turns where interview_id = ? order by seq""")
                .param(interviewId)
                .query((rs, row) -> new TranscriptTurn(rs.getObject("id", UUID.class), rs.getInt("seq"),
                        rs.getString("speaker_role"), rs.getString("speaker"), rs.getString("text"),
                        rs.getString("status"), rs.getString("original_text"),
                        (Long) rs.getObject("start_ms", Long.class), (Long) rs.getObject("end_ms", Long.class),
                        words(rs.getString("words_json"))))
                .list();
    }

    private List<HeardWord> words(String wordsJson) {
        return wordsJson == null ? List.of() : List.of(json.readValue(wordsJson, HeardWord[].class));
    }

    public List<CodeSnapshot> code(UUID interviewId) {
        return jdbc.sql("""
                        select challenge_id, language, code, test_summary, updated_at from interview_code
                        where interview_id = ? order by updated_at""")
                .param(interviewId)
                .query((rs, row) -> new CodeSnapshot(rs.getString("challenge_id"), rs.getString("language"),
                        rs.getString("code"), rs.getString("test_summary"), instant(rs, "updated_at")))
                .list();
    }

    public List<IntegrityFlag> integrityFlags(UUID interviewId) {
        return jdbc.sql("select kind, detail, created_at from integrity_flags where interview_id = ? order by created_at")
                .param(interviewId)
                .query((rs, row) -> new IntegrityFlag(rs.getString("kind"), rs.getString("detail"),
                        instant(rs, "created_at")))
                .list();
    }

    private InterviewSnapshot snapshot(ResultSet rs, List<TranscriptTurn> transcript) throws SQLException {
        return new InterviewSnapshot(rs.getObject("id", UUID.class), rs.getObject("candidate_id", UUID.class),
                rs.getObject("invite_id", UUID.class), rs.getObject("resume_id", UUID.class), rs.getString("role"),
                rs.getString("mode"), rs.getString("status"), rs.getString("persona"),
                json.readValue(rs.getString("plan_json"), InterviewPlan.class), transcript,
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "ended_at"));
    }
}
