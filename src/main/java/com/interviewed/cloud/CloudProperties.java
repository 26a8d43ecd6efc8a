package com.interviewed.cloud;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Amazon Bedrock settings (config/cloud.yml). Credentials are never configured here: the standard AWS chain
 * (environment, profile, web identity, container or instance role) provides them.
 *
 * @param region             for example {@code us-east-1}; from {@code AWS_REGION} by default
 * @param endpointOverride   a different Bedrock runtime endpoint (a VPC endpoint, or a local fake); empty for AWS
 * @param verifyCredentials  resolve credentials at startup when Nova Sonic is the voice provider, and fail fast
 * @param sonic              the Nova 2 Sonic voice sessions
 */
@Validated
@ConfigurationProperties("interviewed.cloud")
public record CloudProperties(String region, URI endpointOverride, boolean verifyCredentials,
        @Valid @NotNull Sonic sonic) {

    /**
     * @param modelId                for example {@code amazon.nova-2-sonic-v1:0}
     * @param rolloverAfter          a Nova session lasts about 8 minutes: switch to a fresh one after this long
     * @param keepAliveAfter         no microphone audio for this long (muted) and silent frames are sent instead,
     *                               because about 175 s of silence ends a Nova stream
     * @param maxRetries             consecutive reconnect attempts on retryable errors before giving up
     * @param initialBackoff         the first retry waits this long; each further one twice as long
     * @param readTimeout            the HTTP/2 read timeout (Netty's default of 30 s kills quiet sessions)
     * @param endpointingSensitivity HIGH (answers after ≈1.5 s of pause), MEDIUM or LOW (≈2 s)
     * @param maxHistoryBytes        replayed history budget (Nova accepts 40 KB in all)
     * @param bufferedAudioSeconds   microphone audio kept while a session is being replaced
     */
    public record Sonic(@NotBlank String modelId, @NotNull Duration rolloverAfter, @NotNull Duration keepAliveAfter,
            @Min(0) int maxRetries, @NotNull Duration initialBackoff, @NotNull Duration readTimeout,
            @NotBlank String endpointingSensitivity, @Min(16) int maxTokens,
            @DecimalMin("0") @DecimalMax("1") double temperature, @DecimalMin("0") @DecimalMax("1") double topP,
            @Min(1024) @jakarta.validation.constraints.Max(40_960) int maxHistoryBytes,
            @Min(1) int bufferedAudioSeconds) {
    }
}
