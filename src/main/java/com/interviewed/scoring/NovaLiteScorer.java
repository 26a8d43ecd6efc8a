package com.interviewed.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.Message;
import software.amazon.awssdk.services.bedrockruntime.model.SpecificToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.SystemContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores with Amazon Nova 2 Lite through Bedrock Converse. The SDK has no JSON-schema output option, so the model
 * is forced to call one tool, {@code record_score}, whose input schema is the evaluation schema; the tool input is
 * the verdict. It is checked exactly like the OpenAI-compatible scorer's, and any failure throws so that
 * {@link FallbackScorer} uses the embedded scorer and records why.
 */
final class NovaLiteScorer implements Scorer {

    static final String NAME = "nova-lite";
    static final String TOOL = "record_score";

    private final Function<ConverseRequest, ConverseResponse> converse;
    private final JsonMapper json;
    private final String modelId;
    private volatile Instant lastSuccess;
    private volatile Instant lastFailure;
    private volatile String lastFailureReason;

    NovaLiteScorer(Function<ConverseRequest, ConverseResponse> converse, JsonMapper json, String modelId) {
        this.converse = converse;
        this.json = json;
        this.modelId = modelId;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ScoreResult score(ScoringRequest request) {
        try {
            ScoreResult result = scoreOrThrow(request);
            lastSuccess = Instant.now();
            return result;
        } catch (RuntimeException e) {
            lastFailure = Instant.now();
            lastFailureReason = e.getClass().getSimpleName() + ": " + e.getMessage();
            throw e;
        }
    }

    private ScoreResult scoreOrThrow(ScoringRequest request) {
        ConverseResponse response = converse.apply(request(request));
        ToolUseBlock call = response.output().message().content().stream().map(ContentBlock::toolUse)
                .filter(t -> t != null && TOOL.equals(t.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Nova Lite did not call " + TOOL + " (stop reason "
                        + response.stopReasonAsString() + ")"));
        JsonNode verdict = json.valueToTree(plain(call.input()));
        JsonNode items = verdict.path("questions");
        if (!items.isArray() || items.size() != request.questions().size()) {
            throw new IllegalStateException("expected " + request.questions().size() + " scored questions, got "
                    + (items.isArray() ? items.size() : "none"));
        }
        List<ScoredQuestion> scored = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            scored.add(OpenAiCompatibleScorer.question(request.questions().get(i), items.get(i)));
        }
        Dimensions mean = EmbeddedScorer.mean(scored);
        return new ScoreResult(NAME + ":" + modelId, null, mean.overall(), mean, scored);
    }

    ConverseRequest request(ScoringRequest request) {
        Map<String, Object> input = LlmScoringInput.of(request);
        ToolSpecification spec = ToolSpecification.builder().name(TOOL)
                .description("Record the evaluation of every question, in order.")
                .inputSchema(ToolInputSchema.fromJson(document(OpenAiCompatibleScorer.schema()))).build();
        return ConverseRequest.builder().modelId(modelId)
                .system(SystemContentBlock.fromText(OpenAiCompatibleScorer.SYSTEM_PROMPT
                        + " Answer only by calling " + TOOL + "."))
                .messages(Message.builder().role(ConversationRole.USER)
                        .content(ContentBlock.fromText(json.writeValueAsString(input))).build())
                .toolConfig(ToolConfiguration.builder().tools(Tool.fromToolSpec(spec))
                        .toolChoice(ToolChoice.fromTool(SpecificToolChoice.builder().name(TOOL).build())).build())
                .inferenceConfig(c -> c.temperature(0f).maxTokens(4096))
                .build();
    }

    /** The SDK has no JSON parser for Documents: build the schema from plain maps and lists. */
    @SuppressWarnings("unchecked")
    static Document document(Object value) {
        if (value == null) {
            return Document.fromNull();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Document> fields = new LinkedHashMap<>();
            map.forEach((k, v) -> fields.put(String.valueOf(k), document(v)));
            return Document.fromMap(fields);
        }
        if (value instanceof List<?> list) {
            return Document.fromList(list.stream().map(NovaLiteScorer::document).toList());
        }
        if (value instanceof Boolean b) {
            return Document.fromBoolean(b);
        }
        if (value instanceof Integer i) {
            return Document.fromNumber(i);
        }
        if (value instanceof Long l) {
            return Document.fromNumber(l);
        }
        if (value instanceof Number n) {
            return Document.fromNumber(SdkNumber.fromDouble(n.doubleValue()));
        }
        return Document.fromString(String.valueOf(value));
    }

    /** A Document as plain maps, lists, numbers, strings and booleans. */
    static Object plain(Document document) {
        if (document == null || document.isNull()) {
            return null;
        }
        if (document.isMap()) {
            Map<String, Object> map = new LinkedHashMap<>();
            document.asMap().forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (document.isList()) {
            return document.asList().stream().map(NovaLiteScorer::plain).toList();
        }
        if (document.isNumber()) {
            return document.asNumber().bigDecimalValue();
        }
        if (document.isBoolean()) {
            return document.asBoolean();
        }
        return document.asString();
    }

    Instant lastSuccess() {
        return lastSuccess;
    }

    Instant lastFailure() {
        return lastFailure;
    }

    String lastFailureReason() {
        return lastFailureReason;
    }
}
