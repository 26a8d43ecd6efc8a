package com.interviewed.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interview.InterviewEnded;
import com.interviewed.interview.InterviewSnapshot;
import com.interviewed.interview.Interviews;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.RecognisedWords;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * Issue 16 through the API and the pages: one frozen interview per job, completeness flags, the recruiter's
 * scorecard, and the smaller defects a recruiter hit (deadline drift, past deadlines, draft invites, revoke and
 * re-invite, replaced links, typed names, compare with one candidate, CSV for Excel).
 */
@Tag("database")
class StructuredInterviewTest extends HttpTestSupport {

    private static final Pattern LINK = Pattern.compile("/invite/([A-Za-z0-9_-]{43})");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Interviews interviews;

    @Autowired
    CandidateDataRights retention;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    String recruiter;
    String job;

    @BeforeEach
    void recruiterWithACodingJob() {
        recruiter = registerAndGetToken("RECRUITER", uniqueEmail("hr"), "correct horse");
        job = postJson("/api/v1/jobs", Map.of("title", "Backend engineer", "description", "Java services",
                "requirements", List.of("Java", "SQL"), "coding", true, "customQuestions", List.of("Why us?")),
                recruiter).json().get("id").asString();
    }

    @Test
    void aJobNeedsOnlyATitleDescriptionAndRequirementsAndGetsTheFormsDefaults() {
        Response created = postJson("/api/v1/jobs", Map.of("title", "Data engineer", "description", "Pipelines",
                "requirements", List.of("Python")), recruiter);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("seniority").asString()).isEqualTo("MID");
        assertThat(body.get("mode").asString()).isEqualTo("SOLO");
        assertThat(body.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void everyCandidateOfAJobGetsTheSameFrozenInterview() {
        JsonNode proposed = get("/api/v1/jobs/" + job + "/plan", recruiter).json();
        assertThat(proposed.get("frozen").asBoolean()).isFalse();
        assertThat(proposed.get("challengeId").isNull()).isFalse();

        invite("ada@example.com, grace@example.com");
        JsonNode frozen = get("/api/v1/jobs/" + job + "/plan", recruiter).json();
        assertThat(frozen.get("frozen").asBoolean()).isTrue();
        assertThat(frozen.get("steps")).isEqualTo(proposed.get("steps"));

        UUID ada = start("ada@example.com", "Ada Lovelace");
        UUID grace = start("grace@example.com", "");
        InterviewSnapshot first = interviews.find(ada).orElseThrow();
        InterviewSnapshot second = interviews.find(grace).orElseThrow();
        assertThat(first.plan().steps()).isEqualTo(second.plan().steps());
        assertThat(first.plan().steps().stream().map(s -> s.id()).toList())
                .isEqualTo(frozen.get("steps").valueStream().map(s -> s.get("id").asString()).toList());
        // The name the candidate typed is what the recruiter sees.
        assertThat(candidate("ada@example.com").get("name").asString()).isEqualTo("Ada Lovelace");

        // What the interview rests on can no longer change; the title can.
        Response changed = patch("/api/v1/jobs/" + job, Map.of("seniority", "SENIOR"));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.header("Content-Type")).contains("application/problem+json");
        assertThat(patch("/api/v1/jobs/" + job, Map.of("title", "Backend engineer II")).status()).isEqualTo(200);
        assertThat(get("/api/v1/jobs/" + job + "/plan", recruiter).json().get("steps"))
                .isEqualTo(frozen.get("steps"));

        Response compare = get("/hire/jobs/" + job + "/compare?ids=" + inviteId("ada@example.com") + ","
                + inviteId("grace@example.com"), recruiter);
        assertThat(compare.body()).contains("Every candidate compared here answered the same structured interview");
    }

    @Test
    void compareSaysSoWhenACandidateHadADifferentInterview() {
        invite("ada@example.com, grace@example.com");
        start("ada@example.com", "");
        UUID grace = start("grace@example.com", "");
        // As for interviews taken before plans were frozen: a different plan on record.
        jdbc.sql("update interviews set plan_json = replace(plan_json, 'Why us?', 'Why them?') where id = ?")
                .param(grace).update();

        Response compare = get("/hire/jobs/" + job + "/compare?ids=" + inviteId("ada@example.com") + ","
                + inviteId("grace@example.com"), recruiter);

        assertThat(compare.body()).contains("Not the same interview").doesNotContain("answered the same structured");
    }

    @Test
    void anInterviewThatEndsWithoutAnswersIsFlaggedIncompleteAndRankedAfterCompleteOnes() {
        invite("quiet@example.com");
        UUID quiet = start("quiet@example.com", "");
        UUID invite = inviteId("quiet@example.com");

        // Room noise cut the greeting: the interview ends with nothing asked or answered.
        jdbc.sql("update interviews set status = 'ENDED', ended_at = started_at where id = ?").param(quiet).update();
        publish(new InterviewEnded(quiet, null, invite, Instant.now()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !candidate("quiet@example.com").get("completeness").isNull());

        JsonNode completeness = candidate("quiet@example.com").get("completeness");
        assertThat(completeness.get("incomplete").asBoolean()).isTrue();
        assertThat(completeness.get("questionsAnswered").asInt()).isZero();
        assertThat(completeness.get("codingPlanned").asBoolean()).isTrue();
        assertThat(completeness.get("codingDone").asBoolean()).isFalse();
        assertThat(get("/hire/jobs/" + job, recruiter).body()).contains("Incomplete", "no coding");
        String csv = get("/hire/jobs/" + job + "/export.csv", recruiter).body();
        assertThat(csv).contains("Completeness,Incomplete,Integrity signals").contains(",Yes,");

        // The recruiter offers a retake: the same link starts a new interview on the same plan.
        Response retake = postForm("/hire/jobs/" + job + "/candidates/" + invite + "/retake", recruiter);
        assertThat(retake.status()).isEqualTo(302);
        jdbc.sql("update invites set status = 'COMPLETED' where id = ?").param(invite).update();
        UUID again = start("quiet@example.com", "");
        assertThat(again).isNotEqualTo(quiet);
        assertThat(interviews.find(again).orElseThrow().plan().steps())
                .isEqualTo(interviews.find(quiet).orElseThrow().plan().steps());
    }

    @Test
    void theScorecardIsWrittenForReviewersWithIntegrityInWords() {
        invite("ada@example.com");
        UUID interview = start("ada@example.com", "Ada");
        jdbc.sql("insert into integrity_flags (id, interview_id, kind, detail, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), interview, "large-paste", "{\"chars\":1240}",
                        java.time.OffsetDateTime.now(ZoneOffset.UTC)).update();

        String page = get("/hire/jobs/" + job + "/candidates/" + inviteId("ada@example.com"), recruiter).body();

        assertThat(page).contains("Scorecard", "Pasted 1,240 characters at once", "Completeness")
                .doesNotContain("[object Object]", "In your words", "How you spoke");
    }

    @Test
    void theScorecardShowsWhoAskedEachQuestionAndTheFinalCodeUnderTheCodingQuestion() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");
        UUID interview = start("ada@example.com", "Ada");
        PlannedQuestion coding = interviews.find(interview).orElseThrow().plan().steps().stream()
                .filter(step -> step.category() == QuestionCategory.CODING).findFirst().orElseThrow();
        String code = "def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n"
                + "        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n";
        var now = java.time.OffsetDateTime.now(ZoneOffset.UTC);
        String turn = "insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status, "
                + "created_at) values (?, ?, ?, ?, ?, ?, 'TYPED', ?)";
        jdbc.sql(turn).params(UUID.randomUUID(), interview, 0, "interviewer", "Sam", coding.text(), now).update();
        jdbc.sql(turn).params(UUID.randomUUID(), interview, 1, "candidate", "Ada", "I keep a map from each value to "
                + "its index, so one pass finds the pair in linear time instead of checking every pair.", now).update();
        jdbc.sql("insert into interview_code (interview_id, challenge_id, language, code, test_summary, updated_at) "
                + "values (?, ?, 'python', ?, 'All 5 tests passed.', ?)").params(interview, coding.challengeId(), code,
                now).update();
        jdbc.sql("update interviews set status = 'ENDED', ended_at = started_at where id = ?").param(interview).update();
        publish(new InterviewEnded(interview, null, invite, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "SCORED".equals(candidate("ada@example.com").path("status")
                .asString()));

        JsonNode question = get("/api/v1/jobs/" + job + "/candidates/" + invite, recruiter).json().get("scorecard")
                .get("questions").get(0);
        assertThat(question.get("question").asString()).isEqualTo(coding.text());
        assertThat(question.get("askedBy").asString()).isEqualTo("Sam");
        assertThat(question.get("code").get("code").asString()).isEqualTo(code);
        assertThat(question.get("code").get("outcome").asString()).isEqualTo("All 5 tests passed.");

        String page = get("/hire/jobs/" + job + "/candidates/" + invite, recruiter).body();
        String card = page.substring(page.indexOf("Q1. "), page.indexOf("<h3>Transcript</h3>"));
        assertThat(card).contains("Asked by Sam", "The candidate’s final code", "All 5 tests passed.",
                "seen[n] = i");
        assertThat(page).as("the code is shown once, under its question").doesNotContain("<h3>Code</h3>");
    }

    @Test
    void theScorecardSaysWhichQuotesRestOnWordsTheRecogniserWasUnsureOf() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");
        UUID interview = start("ada@example.com", "Ada");
        PlannedQuestion first = interviews.find(interview).orElseThrow().plan().steps().stream()
                .filter(step -> step.category() == QuestionCategory.TECHNICAL).findFirst().orElseThrow();
        String heard = "i keep a map from each value to its index so one pass finds the pair in linear time";
        var now = java.time.OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status, created_at) "
                + "values (?, ?, 0, 'interviewer', 'Sam', ?, 'SPOKEN', ?)").params(UUID.randomUUID(), interview,
                first.text(), now).update();
        jdbc.sql("insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status, created_at, "
                + "words_json) values (?, ?, 1, 'candidate', 'Ada', ?, 'SPOKEN', ?, ?)").params(UUID.randomUUID(),
                interview, heard, now, RecognisedWords.withOneUnsure(heard, "linear")).update();
        jdbc.sql("update interviews set status = 'ENDED', ended_at = started_at where id = ?").param(interview).update();
        publish(new InterviewEnded(interview, null, invite, Instant.now()));
        await().atMost(Duration.ofSeconds(60)).until(() -> "SCORED".equals(candidate("ada@example.com").path("status")
                .asString()));

        JsonNode question = get("/api/v1/jobs/" + job + "/candidates/" + invite, recruiter).json().get("scorecard")
                .get("questions").get(0);
        assertThat(question.get("evidence").toString()).contains("linear");
        assertThat(question.get("unsureEvidence")).isNotEmpty().allSatisfy(q -> assertThat(q.asString()).contains("linear"));
        String page = get("/hire/jobs/" + job + "/candidates/" + invite, recruiter).body();
        assertThat(page).contains("(may be misheard: the");
    }

    @Test
    void severalRecruitersEachLeaveTheirOwnReview() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");

        postForm("/hire/jobs/" + job + "/candidates/" + invite + "/my-review", recruiter, "score", "8", "notes",
                "Clear on trade-offs");

        String page = get("/hire/jobs/" + job + "/candidates/" + invite, recruiter).body();
        assertThat(page).contains("Clear on trade-offs", "8.0");
        assertThat(postForm("/hire/jobs/" + job + "/candidates/" + invite + "/my-review", recruiter, "score", "11")
                .status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from invite_reviews where invite_id = ?").param(invite)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theDeadlineStaysOnTheDayChosenAndMustLieAhead() {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        Instant endOfDay = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        patch("/api/v1/jobs/" + job, Map.of("deadline", endOfDay.toString()));

        for (int save = 0; save < 2; save++) {
            String form = get("/hire/jobs/" + job + "/edit", recruiter).body();
            assertThat(form).contains("value=\"" + day + "\"");
            assertThat(postForm("/hire/jobs/" + job + "/edit", recruiter, "title", "Backend engineer",
                    "description", "Java services", "requirements", "Java, SQL", "seniority", "MID", "mode", "SOLO",
                    "durationMinutes", "30", "coding", "true", "language", "en", "customQuestions", "Why us?",
                    "status", "OPEN", "deadline", day.toString()).status()).isEqualTo(302);
        }
        assertThat(get("/api/v1/jobs/" + job, recruiter).json().get("deadline").asString())
                .isEqualTo(endOfDay.toString());

        Response past = patch("/api/v1/jobs/" + job, Map.of("deadline", Instant.now().minusSeconds(60).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("deadline");
    }

    @Test
    void draftAndPastDeadlineJobsSendNoInvites() {
        patch("/api/v1/jobs/" + job, Map.of("status", "DRAFT"));
        Response draft = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("a@example.com")),
                recruiter);
        assertThat(draft.status()).isEqualTo(409);
        assertThat(draft.body()).contains("draft");

        patch("/api/v1/jobs/" + job, Map.of("status", "OPEN"));
        jdbc.sql("update jobs set deadline = ? where id = ?")
                .params(java.time.OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), UUID.fromString(job)).update();
        Response late = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("a@example.com")),
                recruiter);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("deadline has passed");
        assertThat(jdbc.sql("select count(*) from email_outbox where recipient = 'a@example.com'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRevokedCandidateCanBeInvitedAgain() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");
        postForm("/hire/jobs/" + job + "/candidates/" + invite + "/revoke", recruiter, "confirm", "yes");
        assertThat(candidate("ada@example.com").get("status").asString()).isEqualTo("REVOKED");

        Response again = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of("ada@example.com")),
                recruiter);

        assertThat(again.status()).isEqualTo(201);
        assertThat(candidate("ada@example.com").get("status").asString()).isEqualTo("INVITED");
        assertThat(get("/invite/" + linkToken("ada@example.com")).status()).isEqualTo(200);
    }

    @Test
    void revokingAsksForConfirmation() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");

        assertThat(get("/hire/jobs/" + job + "/candidates/" + invite, recruiter).body())
                .contains("Revoke invite…", "Yes, revoke the invite", "button-danger");
        postForm("/hire/jobs/" + job + "/candidates/" + invite + "/revoke", recruiter);

        assertThat(candidate("ada@example.com").get("status").asString()).isEqualTo("INVITED");
    }

    @Test
    void comparingOneCandidateGoesBackToThePipelineSayingWhy() {
        invite("ada@example.com");

        Response compare = get("/hire/jobs/" + job + "/compare?ids=" + inviteId("ada@example.com"), recruiter);

        assertThat(compare.status()).isEqualTo(302);
        assertThat(compare.header("Location")).endsWith("/hire/jobs/" + job);
    }

    @Test
    void theCsvOpensInExcelWithReadableNamesAndLabels() {
        invite("Zoë Müller <zoe@example.com>");
        jdbc.sql("update invites set decision = 'ADVANCE' where email = 'zoe@example.com'").update();

        Response csv = get("/hire/jobs/" + job + "/export.csv", recruiter);

        assertThat(csv.body()).startsWith("\uFEFFName,").contains("Zoë Müller", ",Advance,").doesNotContain("ADVANCE");
        assertThat(csv.header("Content-Disposition")).contains("backend-engineer-candidates-")
                .doesNotContain(job);
    }

    @Test
    void aRecruiterDeletesACandidatesDataAndNothingOfItRemains() {
        invite("ada@example.com");
        UUID invite = inviteId("ada@example.com");
        UUID interview = start("ada@example.com", "Ada");
        jdbc.sql("insert into transcript_turns (id, interview_id, seq, speaker_role, speaker, text, status, created_at) "
                        + "values (?, ?, 0, 'candidate', 'Ada', 'I built a payment system', 'TYPED', ?)")
                .params(UUID.randomUUID(), interview, java.time.OffsetDateTime.now(ZoneOffset.UTC)).update();

        assertThat(postForm("/hire/jobs/" + job + "/candidates/" + invite + "/delete", recruiter).status())
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from invites where id = ?").param(invite).query(Integer.class).single())
                .as("not without confirmation").isEqualTo(1);
        assertThat(postForm("/hire/jobs/" + job + "/candidates/" + invite + "/delete", recruiter, "confirm", "yes")
                .status()).isEqualTo(302);

        assertThat(jdbc.sql("select count(*) from invites where id = ?").param(invite).query(Integer.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from interviews where id = ?").param(interview).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from transcript_turns where interview_id = ?").param(interview)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from email_outbox where recipient = 'ada@example.com' and organization_id "
                + "= (select organization_id from jobs where id = ?)").param(UUID.fromString(job))
                .query(Integer.class).single()).isZero();
        assertThat(get("/hire/jobs/" + job + "/candidates/" + invite, recruiter).status()).isEqualTo(404);
    }

    @Test
    void aCandidateDeletesTheirOwnDataThroughTheirLinkEvenAfterTheInterview() {
        invite("grace@example.com");
        String token = linkToken("grace@example.com");
        UUID invite = inviteId("grace@example.com");
        jdbc.sql("update invites set status = 'SCORED', attempts = 1 where id = ?").param(invite).update();
        assertThat(get("/invite/" + token).body()).contains("You have already completed this interview",
                "Delete my data");

        Response unconfirmed = candidateForm(token, "/delete", "confirm=");
        assertThat(unconfirmed.body()).contains("Delete your data?");
        Response deleted = candidateForm(token, "/delete", "confirm=yes");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body()).contains("Your data was deleted");
        assertThat(jdbc.sql("select count(*) from invites where id = ?").param(invite).query(Integer.class).single())
                .isZero();
    }

    @Test
    void anonymisingKeepsTheScoresButNotWhoItWas() {
        invite("Zoë Müller <zoe@example.com>");
        UUID invite = inviteId("zoe@example.com");
        jdbc.sql("update invites set status = 'SCORED', score_overall = 7, score_communication = 7, "
                + "score_technical_depth = 7, score_problem_solving = 7, score_confidence = 7, score_relevance = 7, "
                + "notes = 'Zoë was great' where id = ?").param(invite).update();

        postForm("/hire/jobs/" + job + "/candidates/" + invite + "/anonymise", recruiter, "confirm", "yes");

        String page = get("/hire/jobs/" + job, recruiter).body();
        assertThat(page).doesNotContain("Zoë", "zoe@example.com").contains("anonymised.invalid", "7.0");
    }

    @Test
    void retentionDeletesCandidatesOlderThanTheOrganisationKeepsThem() {
        invite("old@example.com, new@example.com");
        jdbc.sql("update invites set created_at = ? where email = 'old@example.com' and job_id = ?")
                .params(java.time.OffsetDateTime.now(ZoneOffset.UTC).minusDays(40), UUID.fromString(job)).update();
        assertThat(postForm("/hire/settings", recruiter, "retentionDays", "30", "replyTo", "hr@acme.example")
                .status()).isEqualTo(302);
        assertThat(get("/hire/settings", recruiter).body()).contains("value=\"30\"", "hr@acme.example");

        retention.applyRetention();

        assertThat(jdbc.sql("select email from invites where job_id = ?").param(UUID.fromString(job))
                .query(String.class).list()).containsExactly("new@example.com");
        // Invitations now name the organisation's reply-to address.
        invite("later@example.com");
        assertThat(jdbc.sql("select reply_to from email_outbox where recipient = 'later@example.com'")
                .query(String.class).single()).isEqualTo("hr@acme.example");
        assertThat(postForm("/hire/settings", recruiter, "retentionDays", "2").status()).isEqualTo(302);
        assertThat(jdbc.sql("select retention_days from organization_settings where organization_id = "
                + "(select organization_id from jobs where id = ?)").param(UUID.fromString(job)).query(Integer.class)
                .single()).isEqualTo(30);
    }

    @Test
    void aForwardedLinkAsksBeforeTakingOverALiveInterview() {
        invite("ada@example.com");
        UUID interview = start("ada@example.com", "Ada");
        jdbc.sql("update invites set status = 'IN_PROGRESS' where id = ?").param(inviteId("ada@example.com")).update();

        Response other = candidateForm(linkToken("ada@example.com"), "/start", "name=Mallory");

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("This interview is in progress in another browser");
        Response confirmed = candidateForm(linkToken("ada@example.com"), "/start", "name=Ada&takeOver=yes");
        assertThat(confirmed.header("Location")).endsWith("/interviews/" + interview);
    }

    @Test
    void theApiCoversReportsDecisionsReviewsInviteActionsAndAtsExports() {
        invite("Ada Lovelace <ada@example.com>, grace@example.com");
        UUID ada = inviteId("ada@example.com");
        UUID grace = inviteId("grace@example.com");
        String path = "/api/v1/jobs/" + job + "/candidates/";

        JsonNode detail = get(path + ada, recruiter).json();
        assertThat(detail.get("candidate").get("email").asString()).isEqualTo("ada@example.com");
        assertThat(detail.get("scorecard").isNull()).isTrue();
        assertThat(put(path + ada + "/decision", Map.of("decision", "ADVANCE", "notes", "Clear")).status())
                .isEqualTo(200);
        Response bad = put(path + ada + "/decision", Map.of("decision", "HIRE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).contains("application/problem+json");
        assertThat(put(path + ada + "/reviews/mine", Map.of("score", 7.5, "notes", "Good")).json().get(0)
                .get("score").asDouble()).isEqualTo(7.5);
        assertThat(put(path + ada + "/reviews/mine", Map.of("score", 12)).status()).isEqualTo(400);

        assertThat(postJson(path + grace + "/revoke", Map.of(), recruiter).json().get("status").asString())
                .isEqualTo("REVOKED");
        assertThat(postJson(path + grace + "/resend", Map.of(), recruiter).status()).isEqualTo(200);
        assertThat(candidate("grace@example.com").get("status").asString()).isEqualTo("INVITED");
        assertThat(postJson(path + grace + "/retake", Map.of(), recruiter).status()).isEqualTo(409);

        JsonNode ats = get("/api/v1/jobs/" + job + "/export?format=json", recruiter).json();
        JsonNode first = ats.get("candidates").valueStream()
                .filter(c -> c.get("email").asString().equals("ada@example.com")).findFirst().orElseThrow();
        assertThat(first.get("firstName").asString()).isEqualTo("Ada");
        assertThat(first.get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(first.get("scorecard").get("overallRecommendation").asString()).isEqualTo("yes");
        assertThat(ats.get("total").asInt()).isEqualTo(2);
        String csv = get("/api/v1/jobs/" + job + "/export?format=csv", recruiter).body();
        assertThat(csv).startsWith("\uFEFFExternal ID,First Name,Last Name,Email").contains(",Ada,Lovelace,ada@example.com,");
        assertThat(get("/api/v1/jobs/" + job + "/export?format=xml", recruiter).status()).isEqualTo(400);

        String other = registerAndGetToken("RECRUITER", uniqueEmail("other"), "correct horse");
        assertThat(get(path + ada, other).status()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl() + path + ada))
                .header("Authorization", "Bearer " + other).DELETE().build()).status()).isEqualTo(404);
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl() + path + ada))
                .header("Authorization", "Bearer " + recruiter).DELETE().build()).status()).isEqualTo(204);
        assertThat(get(path + ada, recruiter).status()).isEqualTo(404);

        String openApi = get("/v3/api-docs", recruiter).body();
        assertThat(openApi).contains("/api/v1/jobs/{id}/candidates/{inviteId}/decision", "/api/v1/jobs/{id}/export",
                "/api/v1/jobs/{id}/plan", "/api/v1/webhooks");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void invite(String emails) {
        Response response = postJson("/api/v1/jobs/" + job + "/invites", Map.of("emails", List.of(emails)), recruiter);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** Opens the candidate's link in a fresh browser-like client and starts the interview; returns its id. */
    private UUID start(String email, String name) {
        Response started = candidateForm(linkToken(email), "/start",
                "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
        String location = started.header("Location");
        assertThat(location).as(started.status() + " " + started.body()).isNotNull();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A candidate's form post from a fresh browser: landing page first (session and CSRF token), then the form. */
    private Response candidateForm(String token, String action, String fields) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            String landing = browser.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/invite/" + token)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(landing);
            assertThat(csrf.find()).as(landing).isTrue();
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/invite/" + token + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
                            StandardCharsets.UTF_8) + "&" + fields)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private JsonNode candidate(String email) {
        return get("/api/v1/jobs/" + job + "/candidates?sort=email", recruiter).json().get("items").valueStream()
                .filter(c -> c.get("email").asString().equals(email)).findFirst().orElseThrow();
    }

    private UUID inviteId(String email) {
        return jdbc.sql("select id from invites where email = ? and job_id = ?").params(email, UUID.fromString(job))
                .query(UUID.class).single();
    }

    private String linkToken(String email) {
        String body = jdbc.sql("select text_body from email_outbox where recipient = ? order by created_at desc limit 1")
                .param(email).query(String.class).single();
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + recruiter)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private Response patch(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + recruiter)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private Response postForm(String path, String token, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    }
}
