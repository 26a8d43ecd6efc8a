package com.interviewed.cloud;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.ProtocolNegotiation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClientBuilder;

/**
 * Wires the Nova Sonic voice provider when {@code interviewed.voice.provider=nova-sonic}. A misconfiguration
 * (no region, no credentials) stops the application at startup with one clear error line: an operator who chose
 * the cloud voice must not get a silently different product.
 */
@Configuration
@EnableConfigurationProperties(CloudProperties.class)
class CloudConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CloudConfiguration.class);
    static final String NOVA_SONIC = "nova-sonic";

    @Bean
    SonicHealth sonicHealth(Clock clock) {
        return new SonicHealth(clock);
    }

    @Bean("novaSonicHealthIndicator")
    NovaSonicHealthIndicator novaSonicHealthIndicator(Environment environment, CloudProperties properties,
            SonicHealth health) {
        return new NovaSonicHealthIndicator(NOVA_SONIC.equals(environment.getProperty("interviewed.voice.provider")),
                properties, health);
    }

    @Configuration
    @ConditionalOnProperty(name = "interviewed.voice.provider", havingValue = NOVA_SONIC)
    static class NovaSonic {

        @Bean(destroyMethod = "shutdownNow")
        ScheduledExecutorService novaSonicTimers() {
            return Executors.newScheduledThreadPool(1, runnable -> {
                Thread thread = new Thread(runnable, "nova-timers");
                thread.setDaemon(true);
                return thread;
            });
        }

        @Bean
        UsageRecorder usageRecorder(JdbcClient jdbc, Clock clock) {
            return new UsageRecorder(jdbc, clock);
        }

        @Bean
        NovaSonicVoiceSessionFactory novaSonicVoiceSessionFactory(SonicStreams streams, CloudProperties properties,
                tools.jackson.databind.json.JsonMapper json, ScheduledExecutorService novaSonicTimers,
                SonicHealth health, UsageRecorder usage) {
            return new NovaSonicVoiceSessionFactory(streams, properties, json, novaSonicTimers, health, usage,
                    () -> System.nanoTime() / 1_000_000);
        }

        /** The real Bedrock client; tests replace this bean with a scripted stand-in. */
        @Bean
        SonicStreams sonicStreams(CloudProperties properties) {
            checkConfiguration(properties);
            BedrockRuntimeAsyncClientBuilder builder = BedrockRuntimeAsyncClient.builder()
                    .region(Region.of(properties.region()))
                    .credentialsProvider(DefaultCredentialsProvider.builder().build())
                    // HTTP/2 is required; the builder form keeps the SDK's HTTP/2 + ALPN service defaults, and the
                    // long read timeout keeps a quiet session open (Netty's default is 30 s).
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder()
                            .protocol(Protocol.HTTP2).protocolNegotiation(ProtocolNegotiation.ALPN)
                            .readTimeout(properties.sonic().readTimeout()));
            if (properties.endpointOverride() != null && !properties.endpointOverride().toString().isBlank()) {
                builder.endpointOverride(properties.endpointOverride());
            }
            BedrockRuntimeAsyncClient client = builder.build();
            return client::invokeModelWithBidirectionalStream;
        }

        static void checkConfiguration(CloudProperties properties) {
            if (properties.region() == null || properties.region().isBlank()) {
                fail("interviewed.voice.provider=nova-sonic needs an AWS region: set AWS_REGION "
                        + "(or interviewed.cloud.region), for example us-east-1");
            }
            if (properties.verifyCredentials()) {
                AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
                try {
                    credentials.resolveCredentials();
                } catch (RuntimeException e) {
                    fail("interviewed.voice.provider=nova-sonic but no AWS credentials were found by the standard "
                            + "chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, web identity, container "
                            + "or instance role): " + e.getClass().getSimpleName());
                }
            }
        }

        private static void fail(String message) {
            log.error("Nova Sonic misconfigured: {}", message);
            throw new IllegalStateException(message);
        }
    }
}
