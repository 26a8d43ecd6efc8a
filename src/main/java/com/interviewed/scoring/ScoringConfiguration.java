package com.interviewed.scoring;

import java.net.http.HttpClient;
import org.springframework.boot.context.event.ApplicationReadyEvent;
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

    /** Loads the embedding model off the request path so that the first report does not wait for it. */
    @Bean
    EmbeddingWarmUp embeddingWarmUp(SentenceEmbeddings embeddings, ScoringProperties properties) {
        return new EmbeddingWarmUp(embeddings, properties.warmUp());
    }

    static final class EmbeddingWarmUp {

        private final SentenceEmbeddings embeddings;
        private final boolean enabled;

        EmbeddingWarmUp(SentenceEmbeddings embeddings, boolean enabled) {
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
