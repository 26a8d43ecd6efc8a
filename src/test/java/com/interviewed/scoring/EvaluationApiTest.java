package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The evaluation API's contract: paths, status codes and field names exactly as docs/scoring.md documents. */
@Tag("database")
class EvaluationApiTest extends HttpTestSupport {

    @Autowired
    InterviewScoring scoring;

    private static final String ANSWER = "The client sends an idempotency key. I store it under a unique constraint "
            + "with the response, because a retry must get the same answer.";

    private static Map<String, Object> turn(String speaker, String text, long start, long end) {
        return Map.of("speaker", speaker, "text", text, "startMs", start, "endMs", end);
    }

    private static Map<String, Object> body() {
        return Map.of("role", "backend",
                "questions", List.of(Map.of("question", "How do you make a payment API idempotent?",
                        "expectedPoints", List.of("the client sends an idempotency key",
                                "return the stored response on a retry", "expire old keys"))),
                "transcript", List.of(turn("interviewer", "How do you make a payment API idempotent?", 0, 4000),
                        turn("candidate", ANSWER, 5000, 15000)));
    }

    private String token() {
        return registerAndGetToken("CANDIDATE", uniqueEmail("api"), "correct horse");
    }

    @Test
    void scoresATranscriptAgainstTheGivenQuestions() {
        Response response = postJson("/api/v1/evaluations", body(), token());

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("scorer").asString()).isEqualTo("embedded");
        assertThat(json.get("overall").asDouble()).isBetween(1.0, 10.0);
        assertThat(json.get("dimensions").propertyNames()).containsExactlyInAnyOrder("communication",
                "technicalDepth", "problemSolving", "confidence", "relevance");
        JsonNode q = json.get("questions").get(0);
        assertThat(q.get("question").asString()).isEqualTo("How do you make a payment API idempotent?");
        assertThat(q.get("answer").asString()).isEqualTo(ANSWER);
        assertThat(q.get("overall").asDouble()).isBetween(1.0, 10.0);
        assertThat(q.get("dimensions").get("technicalDepth").asDouble()).isBetween(1.0, 10.0);
        assertThat(q.get("feedback").asString()).isNotBlank();
        assertThat(q.get("evidence").valueStream().map(JsonNode::asString))
                .isNotEmpty().allSatisfy(e -> assertThat(ANSWER).contains(e));
        assertThat(q.get("missing").valueStream().map(JsonNode::asString)).contains("expire old keys");
        assertThat(q.get("signals").get(0).has("explanation")).isTrue();
        assertThat(json.get("speech").get("wordsPerMinute").asDouble()).isEqualTo(
                Math.round(Text.words(ANSWER).size() / (10 / 60.0) * 10) / 10.0);
        assertThat(json.get("speech").has("fillerWordsPerMinute")).isTrue();
        assertThat(json.get("speech").get("metrics").get(0).has("explanation")).isTrue();
    }

    @Test
    void withoutQuestionsTheInterviewersTurnsAreTheQuestions() {
        Map<String, Object> body = Map.of("role", "backend", "transcript", List.of(
                turn("interviewer", "Hi! Let's start.", 0, 1000),
                turn("interviewer", "What is a database index?", 1000, 3000),
                turn("candidate", "A sorted structure, usually a B-tree, that finds rows without a full scan.", 4000, 9000),
                turn("interviewer", "When would you not add one?", 10000, 12000),
                turn("candidate", "On write-heavy tables, because every insert must update the index too.", 13000, 18000)));

        JsonNode json = postJson("/api/v1/evaluations", body, token()).json();

        assertThat(json.get("questions").valueStream().map(q -> q.get("question").asString()))
                .containsExactly("What is a database index?", "When would you not add one?");
    }

    @Test
    void anInterruptedQuestionIsScoredAsPlannedByThePanelistWhoAskedItAndTypedAnswersHaveNoPace() {
        String first = "Tell me about a time you disagreed with a teammate on a technical decision.";
        String second = "How would you design a cache for a read-heavy product catalogue API?";
        Map<String, Object> body = Map.of("role", "backend",
                "questions", List.of(Map.of("question", first, "category", "BEHAVIOURAL"),
                        Map.of("question", second, "category", "TECHNICAL")),
                "transcript", List.of(
                        // The candidate spoke over the question: only "Thanks, Grace. Tell me about a" was played.
                        Map.of("speaker", "interviewer", "name", "Leo", "status", "INTERRUPTED",
                                "text", "Thanks, Grace. Tell me about a", "intendedText", "Thanks, Grace. " + first,
                                "startMs", 0, "endMs", 2000),
                        Map.of("speaker", "candidate", "status", "SPOKEN", "startMs", 2500, "endMs", 32_500,
                                "text", ("We disagreed on MongoDB against Postgres for the order service, so I "
                                        + "proposed a two-day benchmark of our ten slowest queries. ").repeat(3)),
                        Map.of("speaker", "interviewer", "name", "Priya", "text", second, "startMs", 33_000,
                                "endMs", 37_000),
                        // A typed answer: sent at 90 s, but typing has no speaking time.
                        Map.of("speaker", "candidate", "status", "TYPED", "startMs", 90_000, "endMs", 90_000,
                                "text", "Cache-aside with Redis, a ten minute TTL and deletes on every write.")));

        JsonNode json = postJson("/api/v1/evaluations", body, token()).json();

        assertThat(json.get("questions")).hasSize(2);
        assertThat(json.get("questions").get(0).get("question").asString()).isEqualTo(first);
        assertThat(json.get("questions").get(0).get("askedBy").asString()).isEqualTo("Leo");
        assertThat(json.get("questions").get(1).get("askedBy").asString()).isEqualTo("Priya");
        JsonNode speech = json.get("speech");
        assertThat(speech.get("typedAnswers").asInt()).isEqualTo(1);
        int spokenWords = Text.words(json.get("questions").get(0).get("answer").asString()).size();
        // Pace from the 30 s spoken answer only; no long pause for the 53 s before the typed one.
        assertThat(speech.get("wordsPerMinute").asDouble()).isEqualTo(Math.round(spokenWords * 2 * 10) / 10.0);
        assertThat(speech.get("longPauses").asInt()).isZero();
        assertThat(speech.get("answerDurationsSeconds").get(1).isNull()).isTrue();
        assertThat(speech.get("metrics").get(0).get("explanation").asString()).contains("1 typed answer is not counted");
    }

    @Test
    void sameInputGivesTheSameResult() {
        String token = token();
        assertThat(postJson("/api/v1/evaluations", body(), token).body())
                .isEqualTo(postJson("/api/v1/evaluations", body(), token).body());
    }

    @Test
    void aTranscriptWithoutCandidateTurnsIsRejected() {
        Response response = postJson("/api/v1/evaluations", Map.of("role", "backend", "transcript",
                List.of(turn("interviewer", "Anyone there?", 0, 1000))), token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("no candidate turns");
    }

    @Test
    void aFiveMegabyteTranscriptIsRejected() {
        String huge = "word ".repeat(1_000_000);
        Response response = postJson("/api/v1/evaluations", Map.of("role", "backend", "transcript",
                List.of(Map.of("speaker", "candidate", "text", huge))), token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("characters; at most 200000");
    }

    @Test
    void tooManyTurnsAreRejected() {
        List<Map<String, Object>> turns = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            turns.add(Map.of("speaker", "candidate", "text", "yes"));
        }
        Response response = postJson("/api/v1/evaluations", Map.of("role", "backend", "transcript", turns), token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).contains("2001 turns; at most 2000");
    }

    @Test
    void invalidFieldsAreNamed() {
        Response response = postJson("/api/v1/evaluations", Map.of("role", "", "transcript",
                List.of(Map.of("speaker", "moderator", "text", "hi"))), token());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("role", "transcript[0].speaker");
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        assertThat(postJson("/api/v1/evaluations", body()).status()).isIn(401, 403);
    }

    @Test
    void theStoredEvaluationIsPendingUntilScoredAndOnlyForItsCandidate() {
        String email = uniqueEmail("owner");
        String owner = registerAndGetToken("CANDIDATE", email, "correct horse");
        UUID interview = SeededInterview.insert(jdbc, SeededInterview.userId(jdbc, email));
        String path = "/api/v1/interviews/" + interview + "/evaluation";

        Response pending = get(path, owner);
        assertThat(pending.status()).isEqualTo(202);
        assertThat(pending.header("Retry-After")).isEqualTo("2");
        assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");

        scoring.score(interview);

        Response done = get(path, owner);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("interviewId").asString()).isEqualTo(interview.toString());
        assertThat(done.json().get("questions")).hasSize(3);
        assertThat(get(path, token()).status()).as("someone else's interview").isEqualTo(404);
        assertThat(get("/api/v1/interviews/" + UUID.randomUUID() + "/evaluation", owner).status()).isEqualTo(404);
    }
}
