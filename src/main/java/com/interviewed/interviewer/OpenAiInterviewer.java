package com.interviewed.interviewer;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interviewer as a language model behind any OpenAI-compatible Chat Completions endpoint (OpenAI, Ollama,
 * vLLM). The model gets the plan, persona and resume summary and returns structured output, a {@link TurnDecision},
 * which is validated against the plan. It throws on any failure; {@link FallbackInterviewer} catches that.
 */
final class OpenAiInterviewer implements Interviewer {

    private final InterviewerProperties properties;
    private final Function<String, String> roleTitles;
    private final JsonMapper json;
    private final RestClient http;
    private final TurnValidator validator;

    OpenAiInterviewer(InterviewerProperties properties, Function<String, String> roleTitles, JsonMapper json) {
        this.properties = properties;
        this.roleTitles = roleTitles;
        this.json = json;
        this.validator = new TurnValidator(properties);
        InterviewerProperties.OpenAi openai = properties.openai();
        // HTTP/1.1: local servers (Ollama, vLLM) and test servers need no h2c upgrade dance.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(openai.connectTimeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(openai.readTimeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(stripTrailingSlash(openai.baseUrl()))
                .requestFactory(requests);
        if (openai.apiKey() != null && !openai.apiKey().isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + openai.apiKey());
        }
        this.http = builder.build();
    }

    @Override
    public String name() {
        return "openai:" + properties.openai().model();
    }

    @Override
    public InterviewerReply respond(InterviewContext context, CandidateInput input) {
        ChatRequest request = new ChatRequest(properties.openai().model(),
                ChatPrompt.messages(context, input, properties, roleTitles), properties.openai().temperature(),
                properties.openai().maxTokens(), Map.of("type", "json_schema", "json_schema",
                        Map.of("name", "interviewer_turn", "strict", true, "schema", TurnDecision.schema())));
        String body = http.post().uri("/chat/completions").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).body(json.writeValueAsString(request)).retrieve()
                .body(String.class);
        return validator.toReply(context, input, parse(body));
    }

    private TurnDecision parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidTurnException("empty response body");
        }
        JsonNode message = json.readTree(body).path("choices").path(0).path("message");
        if (!message.path("content").isString()) {
            throw new InvalidTurnException("no message content"
                    + (message.path("refusal").isString() ? " (refusal: " + message.path("refusal").asString() + ")"
                            : ""));
        }
        return json.readValue(withoutCodeFence(message.path("content").asString()), TurnDecision.class);
    }

    /** Some local models wrap JSON in a Markdown fence even when asked for a schema. */
    private static String withoutCodeFence(String content) {
        String trimmed = content.strip();
        if (trimmed.startsWith("```")) {
            trimmed = trimmed.replaceFirst("^```(json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        return trimmed;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    record ChatRequest(String model, List<ChatPrompt.Message> messages, double temperature,
            @JsonProperty("max_tokens") int maxTokens,
            @JsonProperty("response_format") Map<String, Object> responseFormat) {
    }
}
