package com.interviewed.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewStarted;
import com.interviewed.scoring.InterviewScored;
import com.interviewed.support.HttpTestSupport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@Tag("database")
class RecruitingApiTest extends HttpTestSupport {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    String recruiter;
    String job;

    @BeforeEach
    void recruiterWithAJob() {
        recruiter = registerAndGetToken("RECRUITER", uniqueEmail("hr"), "correct horse");
        job = createJob(recruiter, "Senior backend engineer").json().get("id").asString();
    }

    @Test
    void recruiterCreatesReadsListsAndUpdatesAJob() {
        Response created = createJob(recruiter, "Platform engineer");

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("title").asString()).isEqualTo("Platform engineer");
        assertThat(body.get("requirements").values()).extracting(JsonNode::asString).containsExactly("Java", "SQL");
        assertThat(body.get("customQuestions").get(0).asString()).isEqualTo("Why do you want to join us?");
        String id = body.get("id").asString();
        assertThat(get("/api/v1/jobs/" + id, recruiter).json().get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(get("/api/v1/jobs", recruiter).json().values()).extracting(j -> j.get("id").asString())
                .contains(id, job);

        Response patched = patch("/api/v1/jobs/" + id, Map.of("status", "CLOSED", "durationMinutes", 45), recruiter);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(patched.json().get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(patched.json().get("title").asString()).isEqualTo("Platform engineer");
    }

    @Test
    void invalidJobsAreRefusedNamingEachField() {
        Response response = postJson("/api/v1/jobs", Map.of("title", "", "requirements", List.of(),
                "seniority", "GURU", "mode", "SOLO", "durationMinutes", 20, "language", "en",
                "customQuestions", List.of(), "status", "OPEN"), recruiter);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).as(response.body()).isNotNull();
        assertThat(response.json().get("errors").values()).extracting(e -> e.get("field").asString())
                .contains("title", "seniority", "durationMinutes");
        Response badPatch = patch("/api/v1/jobs/" + job, Map.of("durationMinutes", 20), recruiter);
        assertThat(badPatch.status()).isEqualTo(400);
        assertThat(badPatch.json().get("errors").get(0).get("field").asString()).isEqualTo("durationMinutes");
    }

    @Test
    void candidatesMayNotUseTheRecruitingApi() {
        String candidate = registerAndGetToken("CANDIDATE", uniqueEmail("c"), "correct horse");

        assertThat(get("/api/v1/jobs", candidate).status()).isEqualTo(403);
        assertThat(get("/api/v1/jobs/" + job, candidate).status()).isEqualTo(403);
        assertThat(createJob(candidate, "Sneaky").status()).isEqualTo(403);
        assertThat(postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("a@example.com")),
                candidate).status()).isEqualTo(403);
        assertThat(get("/api/v1/jobs/" + job + "/candidates?sort=score", candidate).status()).isEqualTo(403);
    }

    @Test
    void bulkInviteCreatesValidInvitesAndReportsEachRejection() {
        Response response = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails",
                List.of("ada@example.com, Grace Hopper <grace@example.com>", "nonsense", "ADA@example.com"),
                "expiresInDays", 3), recruiter);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("created").values()).extracting(c -> c.get("email").asString())
                .containsExactly("ada@example.com", "grace@example.com");
        Instant expiresAt = Instant.parse(response.json().get("created").get(0).get("expiresAt").asString());
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofDays(3)).minusSeconds(60),
                Instant.now().plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(response.json().get("rejected").values()).extracting(r -> r.get("input").asString() + ": "
                + r.get("reason").asString()).containsExactly("nonsense: Not an email address: no @",
                "ADA@example.com: Duplicate: already in this list");

        Response again = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("ada@example.com")),
                recruiter);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("rejected").get(0).get("reason").asString()).isEqualTo("Already invited to this job");

        assertThat(get("/api/v1/jobs/" + job + "/invites", recruiter).json().get("items").values())
                .extracting(c -> c.get("status").asString()).containsOnly("INVITED").hasSize(2);
        // One invitation per invite, in the organisation's outbox; no SMTP server here, so it is kept locally.
        assertThat(jdbc.sql("select status from email_outbox where recipient = ? and organization_id = ?")
                .params("grace@example.com", organizationOf(recruiter)).query(String.class).list())
                .containsExactly("LOCAL");
        // The token is stored only as a hash.
        String token = linkToken("grace@example.com");
        assertThat(jdbc.sql("select count(*) from invites where token_hash = ?").param(token).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from invites where token_hash = ?").param(LinkTokens.hash(token))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void invalidExpiryIsRefused() {
        Response response = postJson("/api/v1/jobs/" + job + "/invites",
                Map.of("emails", List.of("a@example.com"), "expiresInDays", 0), recruiter);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void candidateOpensTheirLinkAndSeesTheJobAndConsent() {
        invite("lin@example.com");
        String token = linkToken("lin@example.com");

        Response page = get("/invite/" + token);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Senior backend engineer", "What is recorded", "makes the decision",
                "to have your interview and data deleted", "Start interview", "type your answers");
        assertThat(candidateStatus("lin@example.com")).isEqualTo("OPENED");
    }

    @Test
    void forgedOrMalformedTokensFindNothing() {
        assertThat(get("/invite/" + LinkTokens.generate()).status()).isEqualTo(404);
        assertThat(get("/invite/short").status()).isEqualTo(404);
        assertThat(get("/invite/" + LinkTokens.generate()).body()).contains("We could not find this interview");
    }

    @Test
    void expiredLinkShowsAFriendlyGonePage() {
        invite("old@example.com");
        String token = linkToken("old@example.com");
        jdbc.sql("update invites set expires_at = ? where email = ? and job_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), "old@example.com", UUID.fromString(job))
                .update();

        Response page = get("/invite/" + token);

        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("This invitation has expired").doesNotContain("Start interview");
        assertThat(candidateStatus("old@example.com")).isEqualTo("EXPIRED");
        assertThat(postForm("/invite/" + token + "/start", null).status()).isIn(403, 410);
    }

    @Test
    void revokedLinkShowsAFriendlyGonePage() {
        invite("gone@example.com");
        String token = linkToken("gone@example.com");

        Response revoked = postForm("/hire/jobs/" + job + "/candidates/" + inviteId("gone@example.com") + "/revoke",
                recruiter, "confirm", "yes");

        assertThat(revoked.status()).isEqualTo(302);
        Response page = get("/invite/" + token);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.body()).contains("This invitation was withdrawn");
        assertThat(candidateStatus("gone@example.com")).isEqualTo("REVOKED");
    }

    @Test
    void resendingIssuesANewLinkAndRetiresTheOldOne() {
        invite("again@example.com");
        String first = linkToken("again@example.com");

        postForm("/hire/jobs/" + job + "/candidates/" + inviteId("again@example.com") + "/resend", recruiter);

        List<String> bodies = jdbc.sql("select text_body from email_outbox where recipient = ? order by created_at")
                .param("again@example.com").query(String.class).list();
        assertThat(bodies).hasSize(2);
        String second = token(bodies.get(1));
        assertThat(second).isNotEqualTo(first);
        // The old link says it was replaced (not that it "may be incomplete").
        Response old = get("/invite/" + first);
        assertThat(old.status()).isEqualTo(410);
        assertThat(old.body()).contains("This link was replaced by a newer one").doesNotContain("may be incomplete");
        assertThat(get("/invite/" + second).status()).isEqualTo(200);
    }

    @Test
    void interviewEventsMoveTheCandidateThroughThePipelineAndScoresRankIt() {
        invite("low@example.com, high@example.com, waiting@example.com");
        UUID low = inviteId("low@example.com");
        UUID high = inviteId("high@example.com");

        publish(new InterviewStarted(UUID.randomUUID(), null, high));
        await().atMost(Duration.ofSeconds(10)).until(() -> "IN_PROGRESS".equals(candidateStatus("high@example.com")));
        publish(new InterviewEnded(UUID.randomUUID(), null, high, Instant.now()));
        publish(new InterviewEnded(UUID.randomUUID(), null, low, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(candidateStatus("low@example.com")));
        publish(new InterviewScored(UUID.randomUUID(), high, 8.4, 8, 9, 8.5, 7, 9.5));
        publish(new InterviewScored(UUID.randomUUID(), low, 4.2, 4, 5, 3, 4, 5));
        await().atMost(Duration.ofSeconds(10)).until(() -> "SCORED".equals(candidateStatus("low@example.com"))
                && "SCORED".equals(candidateStatus("high@example.com")));

        JsonNode ranked = get("/api/v1/jobs/" + job + "/candidates?sort=score", recruiter).json().get("items");
        assertThat(ranked.values()).extracting(c -> c.get("email").asString())
                .containsExactly("high@example.com", "low@example.com", "waiting@example.com");
        assertThat(ranked.get(0).get("scores").get("technicalDepth").asDouble()).isEqualTo(9.0);
        assertThat(ranked.get(0).get("band").asString()).isEqualTo("Strong");
        assertThat(ranked.get(1).get("band").asString()).isEqualTo("Weak");
        assertThat(ranked.get(2).get("scores").isNull()).isTrue();

        // A completed interview's link cannot be used for another one.
        Response reused = get("/invite/" + linkToken("high@example.com"));
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body()).contains("You have already completed this interview");

        Response csv = get("/hire/jobs/" + job + "/export.csv?sort=score", recruiter);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(4);
        assertThat(csv.body().split("\r\n")[1]).startsWith(",high@example.com,Scored,8.4,Strong,8.0,9.0,8.5,7.0,9.5");

        Response pipeline = get("/hire/jobs/" + job + "?band=strong", recruiter);
        assertThat(pipeline.body()).contains("high@example.com").doesNotContain("low@example.com");
        Response compare = get("/hire/jobs/" + job + "/compare?ids=" + high + "," + low, recruiter);
        assertThat(compare.status()).isEqualTo(200);
        assertThat(compare.body()).contains("high@example.com", "low@example.com", "Technical depth", "Strong", "Weak");
    }

    @Test
    void recruitersDecideAndTakeNotes() {
        invite("dec@example.com");
        UUID invite = inviteId("dec@example.com");

        Response saved = postForm("/hire/jobs/" + job + "/candidates/" + invite + "/review",
                recruiter, "notes", "Strong on =SQL", "decision", "ADVANCE");

        assertThat(saved.status()).isEqualTo(302);
        Response page = get("/hire/jobs/" + job + "/candidates/" + invite, recruiter);
        assertThat(page.body()).contains("Strong on =SQL", "Scorecard");
        assertThat(jdbc.sql("select decision from invites where id = ?").param(invite).query(String.class).single())
                .isEqualTo("ADVANCE");
        assertThat(postForm("/hire/jobs/" + job + "/candidates/" + invite + "/review", recruiter, "decision", "HIRE")
                .status()).isEqualTo(400);
    }

    @Test
    void anotherOrganisationsIdsAreNotFoundOnEveryPageAndEndpoint() {
        invite("private@example.com");
        UUID invite = inviteId("private@example.com");
        String outboxId = jdbc.sql("select id from email_outbox where recipient = ?").param("private@example.com")
                .query(String.class).single();
        String other = registerAndGetToken("RECRUITER", uniqueEmail("rival"), "correct horse");
        String otherJob = createJob(other, "Their own job").json().get("id").asString();

        List<String> reads = List.of("/api/v1/jobs/" + job, "/api/v1/jobs/" + job + "/invites",
                "/api/v1/jobs/" + job + "/candidates?sort=score", "/hire/jobs/" + job, "/hire/jobs/" + job + "/edit",
                "/hire/jobs/" + job + "/pipeline", "/hire/jobs/" + job + "/invites",
                "/hire/jobs/" + job + "/candidates/" + invite, "/hire/jobs/" + otherJob + "/candidates/" + invite,
                "/hire/jobs/" + job + "/compare?ids=" + invite + "," + invite,
                "/hire/jobs/" + otherJob + "/compare?ids=" + invite + "," + UUID.randomUUID(),
                "/hire/jobs/" + job + "/export.csv", "/hire/outbox/" + outboxId);
        for (String path : reads) {
            assertThat(get(path, other).status()).as("GET " + path).isEqualTo(404);
        }
        assertThat(patch("/api/v1/jobs/" + job, Map.of("title", "Mine now"), other).status()).isEqualTo(404);
        assertThat(postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("x@example.com")), other)
                .status()).isEqualTo(404);
        List<String> writes = List.of("/hire/jobs/" + job + "/edit", "/hire/jobs/" + job + "/invites",
                "/hire/jobs/" + job + "/candidates/" + invite + "/review",
                "/hire/jobs/" + job + "/candidates/" + invite + "/resend",
                "/hire/jobs/" + job + "/candidates/" + invite + "/revoke",
                "/hire/jobs/" + otherJob + "/candidates/" + invite + "/revoke");
        for (String path : writes) {
            assertThat(postForm(path, other, "title", "x", "seniority", "MID", "mode", "SOLO", "durationMinutes", "30",
                    "language", "en", "status", "OPEN", "emails", "x@example.com", "decision", "REJECT").status())
                    .as("POST " + path).isEqualTo(404);
        }
        assertThat(get("/api/v1/jobs", other).json().values()).extracting(j -> j.get("id").asString())
                .containsExactly(otherJob);
        assertThat(get("/hire/outbox", other).body()).doesNotContain("private@example.com");
        // Nothing changed.
        assertThat(get("/api/v1/jobs/" + job, recruiter).json().get("title").asString())
                .isEqualTo("Senior backend engineer");
        assertThat(candidateStatus("private@example.com")).isEqualTo("INVITED");
        assertThat(jdbc.sql("select decision from invites where id = ?").param(invite).query(String.class).optional())
                .isEmpty();
    }

    @Test
    void everyRecruitingPageRendersForTheOwner() {
        invite("Page Turner <pages@example.com>");
        UUID invite = inviteId("pages@example.com");
        String outboxId = jdbc.sql("select id from email_outbox where recipient = ?").param("pages@example.com")
                .query(String.class).single();
        Map<String, String> pages = Map.of(
                "/hire/dashboard", "Waiting for your decision",
                "/hire/jobs", "Senior backend engineer",
                "/hire/jobs/new", "Create job",
                "/hire/jobs/" + job + "/edit", "Why do you want to join us?",
                "/hire/jobs/" + job + "/invites", "Send invites",
                "/hire/jobs/" + job + "?status=INVITED&sort=name&q=page", "Page Turner",
                "/hire/jobs/" + job + "/candidates/" + invite, "Resend invite",
                "/hire/team", "Invite a colleague",
                "/hire/outbox", "pages@example.com",
                "/hire/outbox/" + outboxId, "Local (not sent: no mail server configured)");
        pages.forEach((path, text) -> {
            Response response = get(path, recruiter);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains(text);
        });
        assertThat(get("/hire/jobs/" + job + "?status=SCORED", recruiter).body())
                .contains("No candidates match these filters.");
    }

    @Test
    void ownerInvitesAColleagueWhoJoinsTheSameOrganisation() {
        String colleague = uniqueEmail("colleague");
        assertThat(postForm("/hire/team/invites", recruiter, "email", colleague).status()).isEqualTo(302);
        // Invited twice (the first email went astray): joining once uses up both.
        assertThat(postForm("/hire/team/invites", recruiter, "email", colleague).status()).isEqualTo(302);
        String body = jdbc.sql("select text_body from email_outbox where recipient = ? order by created_at desc limit 1")
                .param(colleague).query(String.class).single();
        Matcher link = Pattern.compile("/join/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(link.find()).isTrue();
        assertThat(get("/join/" + LinkTokens.generate()).status()).isEqualTo(404);

        // The colleague opens the link (no account yet) and signs up with the form's CSRF token.
        Response form = get(link.group());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(colleague);
        String csrf = form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String cookie = form.header("Set-Cookie").split(";")[0];
        Response joined = send(HttpRequest.newBuilder(URI.create(baseUrl() + link.group()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("name=Col+League&password=correct+horse&_csrf=" + csrf))
                .build());
        assertThat(joined.status()).isEqualTo(302);
        // Signed in at once, into the organisation's portal; the invitation is no longer listed as pending.
        assertThat(joined.header("Location")).endsWith("/hire/dashboard");
        String session = joined.header("Set-Cookie").split(";")[0];
        Response team = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/hire/team")).header("Cookie", session)
                .GET().build());
        assertThat(team.status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from colleague_invites where email = ? and accepted_at is null")
                .param(colleague).query(Integer.class).single()).isZero();

        String colleagueToken = postJson("/api/v1/auth/token", Map.of("email", colleague, "password", "correct horse"))
                .json().get("token").asString();
        assertThat(get("/api/v1/jobs", colleagueToken).json().values()).extracting(j -> j.get("id").asString())
                .contains(job);
        assertThat(get(link.group()).status()).as("a used invitation").isEqualTo(404);
        assertThat(postForm("/hire/team/invites", colleagueToken, "email", uniqueEmail("x")).status())
                .as("only owners invite").isEqualTo(403);
    }

    private Response createJob(String token, String title) {
        return postJson("/api/v1/jobs", Map.of("title", title, "description", "Build our APIs.",
                "requirements", List.of("Java", "SQL"), "seniority", "SENIOR", "mode", "SOLO", "durationMinutes", 30,
                "coding", true, "language", "en", "customQuestions", List.of("Why do you want to join us?"),
                "status", "OPEN"), token);
    }

    private void invite(String emails) {
        Response response = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of(emails)), recruiter);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private UUID inviteId(String email) {
        return jdbc.sql("select id from invites where email = ? and job_id = ?").params(email, UUID.fromString(job))
                .query(UUID.class).single();
    }

    private String candidateStatus(String email) {
        return get("/api/v1/jobs/" + job + "/candidates?sort=email", recruiter).json().get("items").valueStream()
                .filter(c -> c.get("email").asString().equals(email)).findFirst().orElseThrow()
                .get("status").asString();
    }

    private String linkToken(String email) {
        return token(jdbc.sql("select text_body from email_outbox where recipient = ? order by created_at desc limit 1")
                .param(email).query(String.class).single());
    }

    private static String token(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("link in " + body).isTrue();
        return matcher.group(1);
    }

    private UUID organizationOf(String token) {
        return jdbc.sql("select organization_id from jobs where id = ?").param(UUID.fromString(job)).query(UUID.class)
                .single();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Response patch(String path, Object body, String token) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** A form post; with a bearer token CSRF does not apply, as for any API client. */
    private Response postForm(String path, String token, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(java.net.URLEncoder.encode(fields[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }
}
