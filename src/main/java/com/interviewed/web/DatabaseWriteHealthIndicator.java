package com.interviewed.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code databaseWrite} health component: rewrites the one row of {@code health_probe}. A pool that still hands
 * out connections, or a database that still answers reads, is not enough: the embedded database once went on
 * reading while every write failed, and health said UP. DOWN here makes a proxy or supervisor take the instance out.
 */
@Component("databaseWriteHealthIndicator")
class DatabaseWriteHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DatabaseWriteHealthIndicator(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        // A health probe must answer quickly even when the database hangs.
        this.jdbc.setQueryTimeout(3);
        this.clock = clock;
    }

    @Override
    public Health health() {
        try {
            int updated = jdbc.update("update health_probe set checked_at = ? where id = 1",
                    LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            return updated == 1 ? Health.up().build()
                    : Health.down().withDetail("error", "the health_probe row is missing").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", rootMessage(e)).build();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
