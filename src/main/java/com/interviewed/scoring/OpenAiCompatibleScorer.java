package com.interviewed.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores with an OpenAI-compatible Chat Completions endpoint, asking for output that follows a JSON schema
 * ({@code response_format: json_schema}, strict) at temperature 0. Everything the model returns is checked:
 * one entry per question, scores within 1–10, evidence that is verbatim from the answer (other quotes are
 * dropped). Any failure throws, so that {@link FallbackScorer} can use the embedded scorer instead.
 */
final class OpenAiCompatibleScorer implements Scorer {

    static final String NAME = "openai-compatible";

    private final RestClient http;
    private final JsonMapper json;
    private final String model;

    OpenAiCompatibleScorer(RestClient http, JsonMapper json, String model) {
        this.http = http;
        this.json = json;
        this.model = model;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult score(ScoringRequest request) {
        String body = http.post().uri("/chat/completions").contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(requestBody(request)))
                .retrieve().body(String.class);
        JsonNode content = json.readTree(json.readTree(body).path("choices").path(0).path("message")
                .path("content").asString(""));
        JsonNode items = content.path("questions");
        if (!items.isArray() || items.size() != request.questions().size()) {
            throw new IllegalStateException("expected " + request.questions().size() + " scored questions, got "
                    + (items.isArray() ? items.size() : "none"));
        }
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scored.add(question(request.questions().get(i), items.get(i)));
        }
        Dimensions mean = EmbeddedScorer.mean(scored);
        return new ScoreResult(NAME + ":" + model, null, mean.overall(), mean, scored);
    }

    /** Shared with the Nova Lite scorer, whose forced tool call returns the same schema. */
    static ScoredQuestion question(QuestionToScore q, JsonNode item) {
        Dimensions d = new Dimensions(score(item, "communication"), score(item, "technicalDepth"),
                score(item, "problemSolving"), score(item, "confidence"), score(item, "relevance"));
        String answer = q.answer();
        // Only the candidate's own words may stand as evidence: quotes the model paraphrased are dropped.
        List<String> evidence = item.path("evidence").valueStream().map(JsonNode::asString)
                .map(String::trim).filter(e -> !e.isEmpty() && answer.contains(e)).limit(3).toList();
        List<String> missing = item.path("missing").valueStream().map(JsonNode::asString).limit(5).toList();
        String feedback = item.path("feedback").asString("").trim();
        if (feedback.isEmpty()) {
            throw new IllegalStateException("no feedback for question " + q.question());
        }
        return new ScoredQuestion(q.question(), answer, d.overall(), d, feedback, evidence, missing, List.of());
    }

    private static double score(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !value.isNumber() || value.asDouble() < 1 || value.asDouble() > 10) {
            throw new IllegalStateException(field + " is missing or outside 1–10");
        }
        return Dimensions.round(value.asDouble());
    }

    private Map<String, Object> requestBody(ScoringRequest request) {
        Map<String, Object> input = LlmScoringInput.of(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", model);
        body.put("temperature", 0);
        body.put("seed", 7);
        body.put("messages", List.of(
                Map.of("role", "system", "content", SYSTEM_PROMPT),
                Map.of("role", "user", "content", json.writeValueAsString(input))));
        body.put("response_format", Map.of("type", "json_schema", "json_schema",
                Map.of("name", "interview_evaluation", "strict", true, "schema", schema())));
        return body;
    }

    static Map<String, Object> schema() {
        Map<String, Object> number = Map.of("type", "number", "minimum", 1, "maximum", 10);
        Map<String, Object> strings = Map.of("type", "array", "items", Map.of("type", "string"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("index", Map.of("type", "integer"));
        for (String key : Dimensions.KEYS) {
            properties.put(key, number);
        }
        properties.put("feedback", Map.of("type", "string"));
        properties.put("evidence", strings);
        properties.put("missing", strings);
        Map<String, Object> item = Map.of("type", "object", "properties", properties, "required",
                List.copyOf(properties.keySet()), "additionalProperties", false);
        return Map.of("type", "object", "properties", Map.of("questions", Map.of("type", "array", "items", item)),
                "required", List.of("questions"), "additionalProperties", false);
    }

    static final String SYSTEM_PROMPT = LlmScoringInput.RUBRIC;
}
