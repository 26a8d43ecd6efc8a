package com.interviewed.resumes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code resumes} table. Deleted resumes (see {@link #delete}) are invisible to every query. */
@Repository
class ResumeRepository {

    private static final String COLUMNS = "id, user_id, invite_id, file_name, content_type, profile_json, created_at,"
            + " updated_at";

    /** What is stored for a new resume. */
    record NewResume(UUID id, UUID userId, UUID inviteId, String fileName, String contentType, String text,
            ResumeProfile profile, byte[] originalFile, int sizeBytes, Instant now) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResumeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(NewResume resume) {
        OffsetDateTime now = resume.now().atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                        insert into resumes (id, user_id, invite_id, file_name, content_type, extracted_text,
                            profile_json, original_file, size_bytes, created_at, updated_at)
                        values (:id, :userId, :inviteId, :fileName, :contentType, :text, :profile, :file, :size,
                            :now, :now)""")
                .param("id", resume.id()).param("userId", resume.userId()).param("inviteId", resume.inviteId())
                .param("fileName", resume.fileName()).param("contentType", resume.contentType())
                .param("text", resume.text()).param("profile", json.writeValueAsString(resume.profile()))
                .param("file", new SqlParameterValue(Types.BINARY, resume.originalFile())).param("size", resume.sizeBytes()).param("now", now)
                .update();
    }

    Optional<ResumeView> findOwned(UUID id, UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from resumes where id = ? and user_id = ? and deleted_at is null")
                .params(id, userId).query(this::view).optional();
    }

    Optional<ResumeView> findForInvite(UUID id, UUID inviteId) {
        return jdbc.sql("select " + COLUMNS + " from resumes where id = ? and invite_id = ? and deleted_at is null")
                .params(id, inviteId).query(this::view).optional();
    }

    List<ResumeView> listOwned(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from resumes where user_id = ? and deleted_at is null"
                        + " order by created_at desc, id")
                .param(userId).query(this::view).list();
    }

    Optional<String> text(UUID id, UUID userId) {
        return jdbc.sql("select extracted_text from resumes where id = ? and user_id = ? and deleted_at is null")
                .params(id, userId).query(String.class).optional();
    }

    boolean updateProfile(UUID id, UUID userId, ResumeProfile profile, Instant now) {
        return jdbc.sql("""
                        update resumes set profile_json = ?, updated_at = ?
                        where id = ? and user_id = ? and deleted_at is null""")
                .params(json.writeValueAsString(profile), now.atOffset(ZoneOffset.UTC), id, userId)
                .update() == 1;
    }

    /**
     * Removes the resume. If an interview still refers to it, the row stays for that reference but everything the
     * candidate gave us (text, profile, file, file name) is erased and it disappears from every query.
     */
    boolean delete(UUID id, UUID userId, Instant now) {
        try {
            return jdbc.sql("delete from resumes where id = ? and user_id = ? and deleted_at is null")
                    .params(id, userId).update() == 1;
        } catch (DataIntegrityViolationException referencedByAnInterview) {
            return jdbc.sql("""
                            update resumes set extracted_text = '', profile_json = ?, original_file = null,
                                file_name = null, size_bytes = null, deleted_at = ?, updated_at = ?
                            where id = ? and user_id = ? and deleted_at is null""")
                    .params(json.writeValueAsString(ResumeProfile.empty()), now.atOffset(ZoneOffset.UTC),
                            now.atOffset(ZoneOffset.UTC), id, userId)
                    .update() == 1;
        }
    }

    private ResumeView view(ResultSet rs, int row) throws SQLException {
        return new ResumeView(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("invite_id", UUID.class), rs.getString("file_name"), rs.getString("content_type"),
                json.readValue(rs.getString("profile_json"), ResumeProfile.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
