package com.interviewed.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at a database of its own kind: a fresh in-memory H2 database per
 * context by default, or, when the system property {@code interviewed.test.postgres-url} names a PostgreSQL
 * server (the "postgres-tests" Surefire execution), a throwaway database created on that server for this test
 * run. Tests never touch ./data or a shared database.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static volatile String postgresDatabaseUrl;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String postgresServer = System.getProperty("interviewed.test.postgres-url");
        // Restart tests run two applications one after the other on one H2 file.
        String sharedH2 = environment.getProperty("interviewed.test.shared-h2-file");
        String h2 = sharedH2 != null ? "jdbc:h2:file:" + sharedH2 : "jdbc:h2:mem:test-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1";
        Map<String, Object> properties = postgresServer == null || postgresServer.isBlank()
                ? Map.of("spring.datasource.url", h2
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "spring.datasource.username", "sa", "spring.datasource.password", "")
                : Map.of("spring.datasource.url", throwawayPostgresDatabase(postgresServer),
                        "spring.datasource.username", user(), "spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    public static boolean onPostgres() {
        String server = System.getProperty("interviewed.test.postgres-url");
        return server != null && !server.isBlank();
    }

    /** The PostgreSQL user the database tests connect as. */
    public static String user() {
        return System.getProperty("interviewed.test.postgres-user", "postgres");
    }

    /**
     * Another empty database on the test PostgreSQL server, for applications started as processes of their own;
     * named like the run's database, so later runs drop it.
     */
    public static String newPostgresDatabase() {
        String serverUrl = System.getProperty("interviewed.test.postgres-url");
        String name = "interviewed_test_" + System.currentTimeMillis() / 1000 + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(serverUrl, "create database " + name);
        return serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
    }

    /**
     * A database of this test run's own. It is not dropped at exit, because the JVM's shutdown hooks close the
     * Spring contexts that still use it in parallel; instead each run drops the databases earlier runs left behind
     * (older than an hour, so a run going on in parallel keeps its own).
     */
    private static synchronized String throwawayPostgresDatabase(String serverUrl) {
        if (postgresDatabaseUrl != null) {
            return postgresDatabaseUrl;
        }
        dropLeftovers(serverUrl, System.currentTimeMillis() / 1000 - 3600);
        postgresDatabaseUrl = newPostgresDatabase();
        return postgresDatabaseUrl;
    }

    private static void dropLeftovers(String serverUrl, long olderThanEpochSecond) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user(), "");
                Statement statement = connection.createStatement();
                var names = statement.executeQuery(
                        "select datname from pg_database where datname like 'interviewed\\_test\\_%'")) {
            java.util.List<String> stale = new java.util.ArrayList<>();
            while (names.next()) {
                String[] parts = names.getString(1).split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < olderThanEpochSecond) {
                    stale.add(names.getString(1));
                }
            }
            for (String name : stale) {
                statement.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " is needed for the database tests: "
                    + e.getMessage(), e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " is needed for the database tests: " + e.getMessage(), e);
        }
    }
}
