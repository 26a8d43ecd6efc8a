package com.interviewed.scoring;

import java.net.http.HttpClient;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClientBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the scorer chosen by {@code interviewed.scoring.provider}; remote scorers fall back to the embedded one. */
@Configuration
@EnableConfigurationProperties(ScoringProperties.class)
class ScoringConfiguration {

    @Bean
    SentenceEmbeddings sentenceEmbeddings() {
        return new SentenceEmbeddings();
    }

    @Bean
    EmbeddedScorer embeddedScorer(SentenceEmbeddings embeddings) {
        return new EmbeddedScorer(embeddings, Vocabulary.load());
    }

    @Bean
    Scorer scorer(ScoringProperties properties, EmbeddedScorer embedded, JsonMapper json) {
        return switch (properties.provider()) {
            case EMBEDDED -> embedded;
            case OPENAI -> new FallbackScorer(openAi(properties.openai(), json), embedded);
            case NOVA_LITE -> new FallbackScorer(novaLite(properties.novaLite(), json,
                    DefaultCredentialsProvider.builder().build()), embedded);
        };
    }

    /** Nova 2 Lite on Bedrock; the whole call (retries included) is bounded by the configured timeout. */
    static NovaLiteScorer novaLite(ScoringProperties.NovaLite settings, JsonMapper json,
            AwsCredentialsProvider credentials) {
        if (settings.region() == null || settings.region().isBlank() || settings.modelId() == null
                || settings.modelId().isBlank()) {
            throw new IllegalStateException("interviewed.scoring.provider=nova-lite needs an AWS region (AWS_REGION "
                    + "or interviewed.scoring.nova-lite.region) and interviewed.scoring.nova-lite.model-id");
        }
        BedrockRuntimeClientBuilder builder = BedrockRuntimeClient.builder().region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .overrideConfiguration(c -> c.apiCallTimeout(settings.timeout())
                        .apiCallAttemptTimeout(settings.timeout()));
        if (settings.endpointOverride() != null && !settings.endpointOverride().toString().isBlank()) {
            builder.endpointOverride(settings.endpointOverride());
        }
        BedrockRuntimeClient client = builder.build();
        return new NovaLiteScorer(client::converse, json, settings.modelId());
    }

    /**
     * The {@code novaLite} health component: UNKNOWN unless Nova Lite is the scorer (or before its first
     * evaluation), UP after a success, DOWN with the reason after a failure (scoring then falls back).
     */
    @Bean("novaLiteHealthIndicator")
    HealthIndicator novaLiteHealthIndicator(Scorer scorer, ScoringProperties properties) {
        return () -> {
            if (properties.provider() != ScoringProperties.Provider.NOVA_LITE
                    || !(scorer instanceof FallbackScorer fallback) || !(fallback.primary() instanceof NovaLiteScorer nova)) {
                return Health.unknown().withDetail("reason", "not the active scorer").build();
            }
            Health.Builder health;
            if (nova.lastFailure() != null && (nova.lastSuccess() == null || nova.lastFailure().isAfter(nova.lastSuccess()))) {
                health = Health.down().withDetail("reason", nova.lastFailureReason())
                        .withDetail("fallback", "embedded scorer");
            } else if (nova.lastSuccess() != null) {
                health = Health.up().withDetail("lastEvaluation", nova.lastSuccess().toString());
            } else {
                health = Health.unknown().withDetail("reason", "configured; no evaluation yet");
            }
            return health.withDetail("model", properties.novaLite().modelId()).build();
        };
    }

    static OpenAiCompatibleScorer openAi(ScoringProperties.OpenAi settings, JsonMapper json) {
        if (settings.baseUrl() == null || settings.baseUrl().toString().isBlank() || settings.model() == null || settings.model().isBlank()) {
            throw new IllegalStateException("interviewed.scoring.provider=openai needs interviewed.scoring.openai.base-url "
                    + "and interviewed.scoring.openai.model");
        }
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        RestClient.Builder builder = RestClient.builder().baseUrl(settings.baseUrl().toString()).requestFactory(requests);
        if (settings.apiKey() != null && !settings.apiKey().isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + settings.apiKey());
        }
        return new OpenAiCompatibleScorer(builder.build(), json, settings.model());
    }

    /** Loads the embedding model and embeds the reference questions off the request path, so the first report does not wait. */
    @Bean
    EmbeddingWarmUp embeddingWarmUp(@org.springframework.beans.factory.annotation.Qualifier("embeddedScorer") EmbeddedScorer embeddings,
            ScoringProperties properties) {
        return new EmbeddingWarmUp(embeddings, properties.warmUp());
    }

    static final class EmbeddingWarmUp {

        private final EmbeddedScorer embeddings;
        private final boolean enabled;

        EmbeddingWarmUp(EmbeddedScorer embeddings, boolean enabled) {
            this.embeddings = embeddings;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void warmUp() {
            if (enabled) {
                Thread thread = new Thread(embeddings::warmUp, "embedding-warm-up");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }
}
