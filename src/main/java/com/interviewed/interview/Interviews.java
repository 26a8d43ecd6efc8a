package com.interviewed.interview;

import static com.interviewed.shared.SqlTimes.instant;

import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.PlanRequest;
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
     * The interview of an invite: the one already started through it (a dropped connection resumes it), else a new
     * one planned from {@code request}.
     *
     * @param mode {@code SOLO} or {@code PANEL}
     */
    public UUID createInvited(UUID inviteId, String candidateName, PlanRequest request, String mode) {
        return repository.findByInvite(inviteId)
                .orElseGet(() -> creation.create(null, inviteId, null, candidateName, request, mode).id());
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
                        select id, seq, speaker_role, speaker, text, status, original_text, start_ms, end_ms
                        from transcript_turns where interview_id = ? order by seq""")
                .param(interviewId)
                .query((rs, row) -> new TranscriptTurn(rs.getObject("id", UUID.class), rs.getInt("seq"),
                        rs.getString("speaker_role"), rs.getString("speaker"), rs.getString("text"),
                        rs.getString("status"), rs.getString("original_text"),
                        (Long) rs.getObject("start_ms", Long.class), (Long) rs.getObject("end_ms", Long.class)))
                .list();
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
