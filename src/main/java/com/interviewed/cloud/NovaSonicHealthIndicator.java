package com.interviewed.cloud;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code novaSonic} health component. UNKNOWN when Nova Sonic is not the voice provider (so an offline
 * installation stays healthy) or has not been used yet; UP after a session answered; DOWN with the reason after a
 * failure that retries could not cure.
 */
class NovaSonicHealthIndicator implements HealthIndicator {

    private final boolean active;
    private final CloudProperties properties;
    private final SonicHealth health;

    NovaSonicHealthIndicator(boolean active, CloudProperties properties, SonicHealth health) {
        this.active = active;
        this.properties = properties;
        this.health = health;
    }

    @Override
    public Health health() {
        if (!active) {
            return Health.unknown().withDetail("reason", "not the active voice provider").build();
        }
        Health.Builder builder;
        if (health.failing()) {
            builder = Health.down().withDetail("reason", health.lastFailureReason())
                    .withDetail("since", health.lastFailure().toString());
        } else if (health.lastSuccess() != null) {
            builder = Health.up().withDetail("lastSession", health.lastSuccess().toString());
        } else {
            builder = Health.unknown().withDetail("reason", "configured; no session yet");
        }
        return builder.withDetail("model", properties.sonic().modelId())
                .withDetail("region", String.valueOf(properties.region())).build();
    }
}
