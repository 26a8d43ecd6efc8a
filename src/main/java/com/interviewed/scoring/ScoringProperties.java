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
 * @param provider which scorer scores interviews: {@code embedded} (offline, the default) or {@code openai}
 * @param warmUp   load the embedding model in the background at startup instead of on the first scoring
 */
@Validated
@ConfigurationProperties("interviewed.scoring")
record ScoringProperties(@NotNull Provider provider, boolean warmUp, @Valid @NotNull OpenAi openai,
        @Valid @NotNull Limits limits) {

    enum Provider {
        EMBEDDED, OPENAI
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
