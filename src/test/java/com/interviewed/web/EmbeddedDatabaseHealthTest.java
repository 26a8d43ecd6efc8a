package com.interviewed.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database of {@code application.yml}, with the pool settings the product runs with, on a file of its
 * own. The failure seen in the field ("Check constraint invalid … The database has been closed [90098-240]" on every
 * write after about an hour, reads fine, health UP) came from H2 2.4.240: a CHECK constraint created by a session
 * keeps that session, and once the pool retired the connection Flyway had migrated with (its max-lifetime is 30
 * minutes), every insert into such a table failed. Retiring all connections at once reproduces it in milliseconds.
 */
class EmbeddedDatabaseHealthTest {

    @TempDir
    Path directory;

    @Test
    void writesStillWorkAfterThePoolRetiredTheConnectionThatMigrated() throws Exception {
        try (HikariDataSource pool = productPool(2)) {
            // The pool keeps the database open while Flyway migrates on a connection of its own and closes it,
            // as the pool later retires the connection that migrated.
            Flyway.configure().dataSource(pool.getJdbcUrl(), "sa", "").locations("classpath:db/migration").load()
                    .migrate();

            JdbcTemplate jdbc = new JdbcTemplate(pool);
            jdbc.update("insert into users (id, email, password_hash, name, role, created_at) values (?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID(), "after-retire@example.com", "{noop}x", "Ada", "CANDIDATE", LocalDateTime.now());

            assertThat(jdbc.queryForObject("select count(*) from users", Integer.class)).isEqualTo(1);
            assertThat(new DatabaseWriteHealthIndicator(pool, Clock.systemUTC()).health().getStatus())
                    .isEqualTo(Status.UP);
        }
    }

    @Test
    void healthGoesDownWhenTheDatabaseIsClosedUnderThePoolAndThePoolHeals() throws Exception {
        try (HikariDataSource pool = productPool(3)) {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            DatabaseWriteHealthIndicator health = new DatabaseWriteHealthIndicator(pool, Clock.systemUTC());
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            // Something outside the pool closes the database. The pooled connections were just used, so the pool
            // hands them out again without validating them.
            try (Connection outside = DriverManager.getConnection(pool.getJdbcUrl(), "sa", "");
                    Statement statement = outside.createStatement()) {
                statement.execute("shutdown");
            }

            assertThat(health.health()).as("a database that cannot take a write").extracting(h -> h.getStatus()).isEqualTo(Status.DOWN);
            // Each connection that reports the closed database is evicted, not handed out again, so within one try
            // per pooled connection a new connection reopens the database, and it stays healthy.
            int tries = 1;
            while (health.health().getStatus() != Status.UP) {
                assertThat(++tries).as("tries until healthy").isLessThanOrEqualTo(3);
            }
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            assertThat(new JdbcTemplate(pool).queryForObject("select count(*) from health_probe", Integer.class))
                    .isEqualTo(1);
        }
    }

    /** A pool over the product's H2 URL (options included) and Hikari settings, on this test's own file. */
    private HikariDataSource productPool(int size) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        var properties = yaml.getObject();
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/interviewed;");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.replace("./data/interviewed", directory.resolve("interviewed").toString()));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setExceptionOverrideClassName(
                properties.getProperty("spring.datasource.hikari.exception-override-class-name"));
        return new HikariDataSource(config);
    }
}
