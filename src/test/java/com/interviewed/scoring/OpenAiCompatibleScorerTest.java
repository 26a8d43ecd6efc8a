package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAI-compatible scorer against a local fake endpoint, and its fallback to the embedded scorer. */
class OpenAiCompatibleScorerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWER = "I would use Redis with a cache-aside pattern and a TTL of ten minutes.";
    private static final ScoringRequest REQUEST = new ScoringRequest("backend", "", "en", List.of(
            new QuestionToScore("How would you design a cache?", "TECHNICAL",
                    List.of("cache-aside", "invalidation", "stampede protection"), List.of(ANSWER))));

    private final MockWebServer server = new MockWebServer();
    private Scorer scorer;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ScoringProperties.OpenAi settings = new ScoringProperties.OpenAi(URI.create(server.url("/v1").toString()),
                "secret-key", "test-model", Duration.ofSeconds(2));
        scorer = new FallbackScorer(ScoringConfiguration.openAi(settings, JSON),
                new EmbeddedScorer(SharedEmbeddings.INSTANCE, Vocabulary.load()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String completion(String content) {
        return JSON.writeValueAsString(java.util.Map.of("id", "x", "choices", List.of(java.util.Map.of("index", 0,
                "message", java.util.Map.of("role", "assistant", "content", content)))));
    }

    private static String verdict(double communication, List<String> evidence) {
        return JSON.writeValueAsString(java.util.Map.of("questions", List.of(java.util.Map.of("index", 0,
                "communication", communication, "technicalDepth", 7, "problemSolving", 6, "confidence", 8,
                "relevance", 9, "feedback", "Good start; say how you would stop a stampede.",
                "evidence", evidence, "missing", List.of("stampede protection")))));
    }

    private void respond(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void sendsAJsonSchemaRequestAndUsesTheModelsScores() throws Exception {
        respond(200, completion(verdict(8, List.of("a cache-aside pattern", "an invented quote"))));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("openai-compatible:test-model");
        assertThat(result.scorerNote()).isNull();
        ScoredQuestion q = result.questions().get(0);
        assertThat(q.dimensions()).isEqualTo(new Dimensions(8, 7, 6, 8, 9));
        assertThat(q.evidence()).as("only verbatim quotes survive").containsExactly("a cache-aside pattern");
        assertThat(q.missing()).containsExactly("stampede protection");
        assertThat(q.feedback()).startsWith("Good start");

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer secret-key");
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.get("model").asString()).isEqualTo("test-model");
        assertThat(body.get("temperature").asInt()).isZero();
        assertThat(body.at("/response_format/type").asString()).isEqualTo("json_schema");
        assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
        assertThat(body.at("/response_format/json_schema/schema/properties/questions/items/required").toString())
                .contains("technicalDepth", "evidence", "missing");
        assertThat(body.at("/messages/1/content").asString()).contains(ANSWER).contains("stampede protection");
    }

    @Test
    void getsTheRubricAndTheCleanedAnswerAndALargeDisagreementIsShownToTheReviewer() throws Exception {
        String offTopic = "Sorry, can you repeat that? I really enjoy hiking in the mountains with my family, and "
                + "last summer we walked the whole west coast trail in nine days.";
        ScoringRequest request = new ScoringRequest("backend", "", "en", List.of(new QuestionToScore(
                "How would you design a cache?", "TECHNICAL", List.of("cache-aside"), List.of(offTopic))));
        respond(200, completion(JSON.writeValueAsString(java.util.Map.of("questions", List.of(java.util.Map.of(
                "index", 0, "communication", 9.5, "technicalDepth", 9.5, "problemSolving", 9.5, "confidence", 9.5,
                "relevance", 9.5, "feedback", "Excellent.", "evidence", List.of(), "missing", List.of()))))));

        ScoreResult result = scorer.score(request);

        assertThat(result.scorer()).startsWith("openai-compatible");
        assertThat(result.questions().get(0).overall()).isEqualTo(9.5);
        assertThat(result.scorerNote()).contains("embedded scorer disagrees").contains("question 1");
        assertThat(result.questions().get(0).signals()).anySatisfy(signal -> {
            assertThat(signal.name()).isEqualTo("embedded scorer disagrees");
            assertThat(signal.value()).isLessThanOrEqualTo(9.5 - FallbackScorer.DISAGREEMENT);
        });
        JsonNode body = JSON.readTree(server.takeRequest(1, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.at("/messages/0/content").asString()).contains("off-topic about 2")
                .contains("Red flags").contains("verbatim");
        assertThat(body.at("/messages/1/content").asString()).as("requests are stripped as for the embedded scorer")
                .doesNotContain("repeat that").contains("west coast trail");
    }

    @Test
    void fallsBackToTheEmbeddedScorerOnAServerError() {
        respond(500, "{\"error\":\"overloaded\"}");

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).startsWith("Fell back from openai-compatible").contains("500");
        assertThat(result.questions().get(0).signals()).isNotEmpty();
    }

    @Test
    void fallsBackWhenTheModelReturnsSomethingElseThanTheSchema() {
        respond(200, completion("Sure! Here is my evaluation: great answer."));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).startsWith("Fell back from openai-compatible");
    }

    @Test
    void fallsBackWhenAScoreIsOutOfRange() {
        respond(200, completion(verdict(42, List.of())));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).contains("communication is missing or outside 1–10");
    }

    @Test
    void fallsBackWhenTheEndpointIsTooSlow() {
        server.enqueue(new MockResponse.Builder().code(200).headersDelay(5, TimeUnit.SECONDS)
                .body(completion(verdict(8, List.of()))).build());

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).startsWith("Fell back from openai-compatible");
    }
}
