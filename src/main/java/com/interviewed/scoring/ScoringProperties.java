package com.interviewed.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Scoring settings (config/scoring.yml).
 *
 * @param provider which scorer scores interviews: {@code embedded} (offline, the default), {@code openai} or
 *                 {@code nova-lite} (Amazon Nova 2 Lite through Bedrock Converse)
 * @param warmUp   load the embedding model in the background at startup instead of on the first scoring
 */
@Validated
@ConfigurationProperties("interviewed.scoring")
record ScoringProperties(@NotNull Provider provider, boolean warmUp, @Valid @NotNull OpenAi openai,
        @Valid @NotNull Limits limits, @Valid @NotNull NovaLite novaLite) {

    enum Provider {
        EMBEDDED, OPENAI, NOVA_LITE
    }

    /**
     * Amazon Nova 2 Lite through the Bedrock Converse API, forced to answer with a tool call that carries the
     * evaluation schema. Credentials come from the standard AWS chain.
     *
     * @param modelId          for example {@code us.amazon.nova-2-lite-v1:0}
     * @param region           for example {@code us-east-1}; from {@code AWS_REGION} by default
     * @param endpointOverride a different Bedrock runtime endpoint; empty for AWS
     * @param timeout          whole-call limit; on timeout the embedded scorer takes over
     */
    record NovaLite(String modelId, String region, URI endpointOverride, @NotNull Duration timeout) {
    }

    /**
     * An OpenAI-compatible Chat Completions endpoint that supports {@code response_format: json_schema}.
     *
     * @param baseUrl for example {@code https://api.openai.com/v1}; {@code /chat/completions} is appended
     * @param apiKey  sent as a bearer token; may be empty for local servers
     */
    record OpenAi(URI baseUrl, String apiKey, String model, @NotNull Duration timeout) {
    }

    /** What the stateless API accepts before answering 400. */
    record Limits(@Min(1) int maxTurns, @Min(1) int maxTranscriptCharacters, @Min(1) int maxQuestions) {
    }
}
