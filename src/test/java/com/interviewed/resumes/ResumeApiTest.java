package com.interviewed.resumes;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The public REST contract of resumes: paths, status codes, messages and field names as documented. */
@Tag("database")
class ResumeApiTest extends HttpTestSupport {

    @Autowired
    Resumes resumes;

    private String token;

    @BeforeEach
    void signIn() {
        token = registerAndGetToken("CANDIDATE", uniqueEmail("resume"), "correct horse");
    }

    @Test
    void uploadsAPdfAndReturnsTheExtractedProfile() {
        Response response = upload("jane-doe.pdf", ResumeFiles.pdf(ResumeFiles.sampleLines()), token);

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        String id = body.get("id").asString();
        assertThat(response.header("Location")).endsWith("/api/v1/resumes/" + id);
        assertThat(strings(body.get("skills"))).contains("Java", "Kubernetes", "PostgreSQL", "JavaScript", "C++",
                "C#", ".NET", "Node.js", "Go");
        assertThat(strings(body.get("titles"))).contains("Senior Software Engineer", "Backend Developer");
        assertThat(strings(body.get("employers"))).containsExactly("Acme Corp", "Globex GmbH", "Initech");
        assertThat(strings(body.get("projects"))).contains("Atlas", "Interviewed");
        assertThat(body.get("yearsOfExperience").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(strings(body.get("education"))).hasSize(2);
        assertThat(body.get("fileName").asString()).isEqualTo("jane-doe.pdf");
        assertThat(body.get("contentType").asString()).isEqualTo("application/pdf");
        Map<String, Object> row = jdbc.sql("select extracted_text, original_file from resumes where id = ?")
                .param(UUID.fromString(id)).query().singleRow();
        assertThat((String) row.get("extracted_text")).contains("Acme Corp");
        assertThat(row.get("original_file")).as("raw file retention is off by default").isNull();
    }

    @Test
    void uploadsDocxAndPlainText() {
        Response docx = upload("cv.docx", ResumeFiles.docx(ResumeFiles.sampleLines()), token);
        Response text = upload("cv.txt", ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8), token);

        assertThat(docx.status()).isEqualTo(201);
        assertThat(text.status()).isEqualTo(201);
        assertThat(strings(docx.json().get("employers"))).containsExactly("Acme Corp", "Globex GmbH", "Initech");
        assertThat(docx.json().get("skills")).isEqualTo(text.json().get("skills"));
    }

    @Test
    void badFilesGetTheirStatusAndAClearMessage() {
        assertProblem(upload("empty.pdf", new byte[0], token), 400, "empty");
        assertProblem(upload("resume.pdf", ResumeFiles.randomBytes(4096), token), 415, "Upload a PDF");
        assertProblem(upload("resume.pdf", ResumeFiles.png(), token), 415, "an image");
        assertProblem(upload("resume.zip", ResumeFiles.zip(), token), 415, "an archive");
        assertProblem(upload("setup.exe", windowsProgram(), token), 415, "Upload a PDF");
        assertProblem(upload("locked.pdf", ResumeFiles.encryptedPdf(ResumeFiles.sampleLines()), token), 422,
                "password-protected");
        assertProblem(upload("scan.pdf", ResumeFiles.imageOnlyPdf(), token), 422,
                "no text layer (it is a scan or an image); export it with text");
        assertProblem(upload("broken.pdf", ResumeFiles.truncatedPdf(), token), 422, "damaged");
        assertProblem(upload("bomb.docx", ResumeFiles.zipBombDocx(60), token), 422, "unpacks to far more data");

        Response unsupported = upload("resume.pdf", ResumeFiles.png(), token);
        assertThat(strings(unsupported.json().get("acceptedTypes"))).containsExactly("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");
        assertThat(get("/api/v1/resumes", token).json().size()).as("nothing was stored").isZero();
    }

    @Test
    void oversizedUploadIsAProblem413() {
        Response response = upload("huge.pdf", new byte[5 * 1024 * 1024 + 512 * 1024], token);

        assertProblem(response, 413, "larger than 5 MB");
    }

    @Test
    void missingFilePartIsBadRequest() {
        Response response = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/resumes"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz--\r\n")).build());

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void ownerReadsCorrectsListsAndDeletes() {
        String first = upload("old.txt", "Skills: Java, Python, Docker and Kubernetes on AWS".getBytes(), token)
                .json().get("id").asString();
        String second = upload("new.pdf", ResumeFiles.pdf(ResumeFiles.sampleLines()), token)
                .json().get("id").asString();

        assertThat(get("/api/v1/resumes", token).json().valueStream().map(r -> r.get("id").asString()))
                .as("newest first").containsExactly(second, first);
        assertThat(get("/api/v1/resumes/" + first, token).json().get("skills").size()).isEqualTo(5);

        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("skills", List.of("Java", "k8s", " Rust ", "java", ""));
        correction.put("titles", List.of("Staff Engineer"));
        correction.put("employers", List.of("Acme Corp"));
        correction.put("projects", List.of());
        correction.put("yearsOfExperience", 9);
        correction.put("education", List.of("MSc Computer Science"));
        Response corrected = put("/api/v1/resumes/" + first, correction, token);

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(strings(corrected.json().get("skills"))).containsExactly("Java", "Kubernetes", "Rust");
        JsonNode reread = get("/api/v1/resumes/" + first, token).json();
        assertThat(strings(reread.get("titles"))).containsExactly("Staff Engineer");
        assertThat(reread.get("yearsOfExperience").asInt()).isEqualTo(9);
        assertThat(resumes.profile(UUID.fromString(first), ownerId()).orElseThrow().skills())
                .containsExactly("Java", "Kubernetes", "Rust");

        Response deleted = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/resumes/" + first))
                .header("Authorization", "Bearer " + token).DELETE().build());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/resumes/" + first, token).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from resumes where id = ?").param(UUID.fromString(first))
                .query(Long.class).single()).isZero();
    }

    @Test
    void invalidCorrectionNamesEachField() {
        String id = upload("cv.txt", ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8), token)
                .json().get("id").asString();
        Map<String, Object> correction = new LinkedHashMap<>();
        correction.put("skills", List.of("x".repeat(101)));
        correction.put("yearsOfExperience", -1);

        Response response = put("/api/v1/resumes/" + id, correction, token);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString())
                .map(field -> field.replaceAll("\\[.*", "")).distinct())
                .containsExactlyInAnyOrder("skills", "titles", "employers", "projects", "education",
                        "yearsOfExperience");
    }

    @Test
    void someoneElsesResumeIsNotFound() {
        String id = upload("cv.txt", ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8), token)
                .json().get("id").asString();
        String stranger = registerAndGetToken("CANDIDATE", uniqueEmail("stranger"), "correct horse");
        Map<String, Object> correction = Map.of("skills", List.of(), "titles", List.of(), "employers", List.of(),
                "projects", List.of(), "education", List.of());

        assertProblem(get("/api/v1/resumes/" + id, stranger), 404, "No such resume");
        assertThat(put("/api/v1/resumes/" + id, correction, stranger).status()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/resumes/" + id))
                .header("Authorization", "Bearer " + stranger).DELETE().build()).status()).isEqualTo(404);
        assertThat(get("/api/v1/resumes", stranger).json().size()).isZero();
        assertThat(get("/api/v1/resumes/" + id, token).status()).as("still there for its owner").isEqualTo(200);
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        // Without a bearer token a POST is a cookie request, and the CSRF check refuses it before sign-in does.
        assertThat(upload("cv.txt", "Java".getBytes(), null).status()).isIn(401, 403);
        assertThat(get("/api/v1/resumes").status()).isEqualTo(401);
        assertThat(get("/api/v1/resumes/" + UUID.randomUUID()).status()).isEqualTo(401);
    }

    @Test
    void pagesAreForCandidatesAndOnlyTheirOwnResumes() {
        String id = upload("cv.txt", ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8), token)
                .json().get("id").asString();
        String stranger = registerAndGetToken("CANDIDATE", uniqueEmail("stranger"), "correct horse");
        String recruiter = registerAndGetToken("RECRUITER", uniqueEmail("rec"), "correct horse");

        Response review = get("/resumes/" + id, token);
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.body()).contains("Acme Corp", "Kubernetes");
        assertThat(get("/resumes", token).body()).contains("cv.txt");
        assertThat(get("/resumes/" + id, stranger).status()).isEqualTo(404);
        assertThat(get("/resumes", stranger).body()).doesNotContain("cv.txt");
        assertThat(get("/resumes", recruiter).status()).isEqualTo(403);
    }

    @Test
    void resumeUsedByAnInterviewIsErasedButKeptForTheReference() {
        String id = upload("cv.txt", ProfileExtractorTest.sample().getBytes(StandardCharsets.UTF_8), token)
                .json().get("id").asString();
        jdbc.sql("""
                        insert into interviews (id, candidate_id, resume_id, role, mode, status, plan_json, created_at)
                        values (?, ?, ?, 'backend', 'SOLO', 'CREATED', '{}', ?)""")
                .params(UUID.randomUUID(), ownerId(), UUID.fromString(id), OffsetDateTime.now()).update();

        Response deleted = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/resumes/" + id))
                .header("Authorization", "Bearer " + token).DELETE().build());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/resumes/" + id, token).status()).isEqualTo(404);
        Map<String, Object> row = jdbc.sql("select extracted_text, file_name, deleted_at from resumes where id = ?")
                .param(UUID.fromString(id)).query().singleRow();
        assertThat(row.get("extracted_text")).isEqualTo("");
        assertThat(row.get("file_name")).isNull();
        assertThat(row.get("deleted_at")).isNotNull();
    }

    @Test
    void recruitingStoresAResumeForAnInviteWithoutAnAccount() {
        UUID recruiter = registerRecruiter();
        UUID organization = jdbc.sql("select organization_id from memberships where user_id = ?").param(recruiter)
                .query(UUID.class).single();
        UUID job = UUID.randomUUID();
        UUID invite = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                        insert into jobs (id, organization_id, created_by, title, description, requirements, seniority,
                            mode, duration_minutes, coding, language, custom_questions, status, created_at, updated_at)
                        values (?, ?, ?, 'Backend', '', '', 'SENIOR', 'SOLO', 30, false, 'en', '[]', 'OPEN', ?, ?)""")
                .params(job, organization, recruiter, now, now).update();
        jdbc.sql("""
                        insert into invites (id, job_id, organization_id, email, token_hash, status, expires_at,
                            created_at) values (?, ?, ?, 'guest@example.com', ?, 'INVITED', ?, ?)""")
                .params(invite, job, organization, UUID.randomUUID().toString(), now.plusDays(7), now).update();

        ResumeView resume = resumes.upload(ResumeFiles.docx(ResumeFiles.sampleLines()), "guest.docx", null, invite);

        assertThat(resume.ownerUserId()).isNull();
        assertThat(resumes.profileForInvite(resume.id(), invite).orElseThrow().employers()).contains("Acme Corp");
        assertThat(resumes.profileForInvite(resume.id(), UUID.randomUUID())).isEmpty();
        assertThat(resumes.profile(resume.id(), recruiter)).isEmpty();
    }

    private UUID ownerId() {
        return UUID.fromString(get("/api/v1/me", token).json().get("id").asString());
    }

    private UUID registerRecruiter() {
        String recruiterToken = registerAndGetToken("RECRUITER", uniqueEmail("rec"), "correct horse");
        return UUID.fromString(get("/api/v1/me", recruiterToken).json().get("id").asString());
    }

    private static byte[] windowsProgram() {
        byte[] program = ResumeFiles.randomBytes(2048);
        program[0] = 'M';
        program[1] = 'Z';
        return program;
    }

    private Response put(String path, Object body, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private Response upload(String fileName, byte[] content, String bearer) {
        String boundary = "resume-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/resumes"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private static void assertProblem(Response response, int status, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
