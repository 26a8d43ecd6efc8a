package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nova 2 Lite scorer through the real Bedrock SDK client, pointed by endpointOverride at a local fake of the
 * Converse API: the forced tool call it sends, the verdict it reads, and its fallback.
 */
class NovaLiteScorerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ANSWER = "I would use Redis with a cache-aside pattern and a TTL of ten minutes.";
    private static final ScoringRequest REQUEST = new ScoringRequest("backend", "", "en", List.of(
            new QuestionToScore("How would you design a cache?", "TECHNICAL",
                    List.of("cache-aside", "invalidation"), List.of(ANSWER))));

    private final MockWebServer server = new MockWebServer();
    private Scorer scorer;

    @BeforeEach
    void start() throws Exception {
        server.start();
        ScoringProperties.NovaLite settings = new ScoringProperties.NovaLite("us.amazon.nova-2-lite-v1:0",
                "us-east-1", URI.create(server.url("/").toString()), Duration.ofMillis(1500));
        scorer = new FallbackScorer(ScoringConfiguration.novaLite(settings, JSON,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret"))),
                new EmbeddedScorer(SharedEmbeddings.INSTANCE, Vocabulary.load()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, Object> verdict(double communication) {
        return Map.of("questions", List.of(Map.of("index", 0, "communication", communication, "technicalDepth", 7,
                "problemSolving", 6, "confidence", 8, "relevance", 9,
                "feedback", "Good start; say how you would invalidate.",
                "evidence", List.of("a cache-aside pattern", "made up"), "missing", List.of("invalidation"))));
    }

    private void respond(Object content) {
        String body = JSON.writeValueAsString(Map.of(
                "output", Map.of("message", Map.of("role", "assistant", "content", content)),
                "stopReason", "tool_use",
                "usage", Map.of("inputTokens", 120, "outputTokens", 80, "totalTokens", 200),
                "metrics", Map.of("latencyMs", 300)));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private void respondToolCall(Object input) {
        respond(List.of(Map.of("toolUse", Map.of("toolUseId", "tooluse_1", "name", "record_score",
                "input", input))));
    }

    @Test
    void forcesTheScoringToolAndUsesItsVerdict() throws Exception {
        respondToolCall(verdict(8));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("nova-lite:us.amazon.nova-2-lite-v1:0");
        assertThat(result.scorerNote()).isNull();
        ScoredQuestion q = result.questions().get(0);
        assertThat(q.dimensions()).isEqualTo(new Dimensions(8, 7, 6, 8, 9));
        assertThat(q.evidence()).containsExactly("a cache-aside pattern");
        assertThat(q.missing()).containsExactly("invalidation");

        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getUrl().encodedPath()).isEqualTo("/model/us.amazon.nova-2-lite-v1%3A0/converse");
        assertThat(request.getHeaders().get("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDTEST/");
        JsonNode body = JSON.readTree(request.getBody().utf8());
        assertThat(body.at("/toolConfig/toolChoice/tool/name").asString()).isEqualTo("record_score");
        assertThat(body.at("/toolConfig/tools/0/toolSpec/name").asString()).isEqualTo("record_score");
        JsonNode schema = body.at("/toolConfig/tools/0/toolSpec/inputSchema/json");
        assertThat(schema.at("/properties/questions/items/required").valueStream().map(JsonNode::asString).toList())
                .contains("communication", "technicalDepth", "feedback", "evidence");
        assertThat(body.at("/inferenceConfig/temperature").asDouble()).isZero();
        assertThat(body.at("/messages/0/role").asString()).isEqualTo("user");
        assertThat(body.at("/messages/0/content/0/text").asString()).contains(ANSWER);
        assertThat(body.at("/system/0/text").asString()).contains("record_score");
    }

    @Test
    void fallsBackWithTheReasonWhenTheVerdictIsGarbage() {
        respondToolCall(verdict(42));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).startsWith("Fell back from nova-lite").contains("communication");
    }

    @Test
    void fallsBackWhenTheModelAnswersWithTextInsteadOfTheTool() {
        respond(List.of(Map.of("text", "The candidate did well.")));

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).contains("did not call record_score");
    }

    @Test
    void fallsBackOnAServiceError() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                .addHeader("x-amzn-ErrorType", "ValidationException")
                .body("{\"message\":\"The provided model identifier is invalid.\"}").build());

        ScoreResult result = scorer.score(REQUEST);

        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).contains("model identifier is invalid");
    }

    @Test
    void fallsBackWhenNovaIsTooSlow() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .headersDelay(5, TimeUnit.SECONDS).body("{}").build());

        long started = System.nanoTime();
        ScoreResult result = scorer.score(REQUEST);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        assertThat(result.scorer()).isEqualTo("embedded");
        assertThat(result.scorerNote()).containsIgnoringCase("timeout");
    }
}
