package com.interviewed.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tests that talk to the running application over real HTTP, as integrations and browsers do. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "interviewed.accounts.operator-emails=" + HttpTestSupport.OPERATOR_EMAIL,
        // Every test's requests come from 127.0.0.1, so limits per client address would make the tests depend on
        // each other; the tests of those limits send X-Forwarded-For addresses of their own and set their limits.
        "interviewed.accounts.max-failed-logins-per-address=100000",
        "interviewed.accounts.sign-ups-per-address=100000"})
public abstract class HttpTestSupport {

    /** The one operator of the test instance (see {@link #operatorToken}). */
    protected static final String OPERATOR_EMAIL = "operator@interviewed.test";

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /**
     * Every test starts with no sign-in or sign-up counts: on PostgreSQL the whole suite shares one database, and a
     * context or app process with lower limits would otherwise block 127.0.0.1 for the tests after it.
     */
    @org.junit.jupiter.api.BeforeEach
    void forgetRateLimits() {
        jdbc.sql("delete from rate_limits").update();
    }

    protected final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    protected Response get(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    protected Response get(String path) {
        return get(path, null);
    }

    protected Response postJson(String path, Object body, String bearerToken) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    protected Response postJson(String path, Object body) {
        return postJson(path, body, null);
    }

    protected Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers an account through the public API and returns a bearer token for it. */
    protected String registerAndGetToken(String role, String email, String password) {
        Response registered = postJson("/api/v1/auth/register",
                Map.of("email", email, "password", password, "name", "Test " + role, "role", role));
        if (registered.status() != 201) {
            throw new AssertionError("register failed: " + registered);
        }
        Response token = postJson("/api/v1/auth/token", Map.of("email", email, "password", password));
        if (token.status() != 200) {
            throw new AssertionError("token failed: " + token);
        }
        return token.json().get("token").asString();
    }

    /** A bearer token of the operator, a recruiter account registered on first use. */
    protected String operatorToken() {
        Response registered = postJson("/api/v1/auth/register", Map.of("email", OPERATOR_EMAIL,
                "password", "operator horse", "name", "Operator", "role", "RECRUITER"));
        if (registered.status() != 201 && registered.status() != 409) {
            throw new AssertionError("register failed: " + registered);
        }
        return postJson("/api/v1/auth/token", Map.of("email", OPERATOR_EMAIL, "password", "operator horse"))
                .json().get("token").asString();
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }
}
