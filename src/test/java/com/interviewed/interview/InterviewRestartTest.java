package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.InterviewedApplication;
import com.interviewed.support.InterviewSocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The server dies mid-interview; after a restart on the same database the interview resumes with nothing lost. */
@Tag("database")
class InterviewRestartTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRestartMidInterviewLosesNothing() throws Exception {
        Path database = Files.createTempDirectory("restart").resolve("db");
        String email = "restart-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String token;
        String interviewId;
        String answerId;

        try (ConfigurableApplicationContext first = start(database)) {
            int port = port(first);
            post(port, "/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Rita",
                    "role", "CANDIDATE"), null);
            token = post(port, "/api/v1/auth/token", Map.of("email", email, "password", "correct horse"), null)
                    .get("token").asString();
            interviewId = post(port, "/api/v1/interviews", Map.of("role", "backend"), token).get("id").asString();
            InterviewSocketClient client = InterviewSocketClient.connect(
                    "ws://localhost:" + port + "/ws/interviews/" + interviewId + "?access_token=" + token);
            client.await(e -> "interviewer".equals(e.path("role").asString()), "greeting");
            client.send(Map.of("type", "text", "text", "I scaled a search service to ten million users."));
            answerId = client.await(e -> "candidate".equals(e.path("role").asString()), "answer")
                    .get("messageId").asString();
            // Two distinct interviewer lines (the greeting may come again, marked interrupted, with its own id).
            client.await(e -> client.ofType("transcript.final").stream()
                    .filter(x -> "interviewer".equals(x.path("role").asString()))
                    .map(x -> x.path("messageId").asString()).distinct().count() >= 2, "reply");
            // The application stops with the socket still open, as in a crash.
        }

        try (ConfigurableApplicationContext second = start(database)) {
            int port = port(second);
            try (InterviewSocketClient client = InterviewSocketClient.connect(
                    "ws://localhost:" + port + "/ws/interviews/" + interviewId + "?access_token=" + token)) {
                JsonNode ready = client.awaitType("session.ready");
                assertThat(ready.get("transcript").size()).isEqualTo(3);
                assertThat(ready.get("transcript").get(1).get("messageId").asString()).isEqualTo(answerId);
                assertThat(ready.get("transcript").get(1).get("text").asString()).contains("ten million users");
                client.await(e -> "interviewer".equals(e.path("role").asString()), "the interviewer resumes");
            }
        }
    }

    private static ConfigurableApplicationContext start(Path database) {
        return new SpringApplicationBuilder(InterviewedApplication.class)
                .properties("server.port=0", "interviewed.test.shared-h2-file=" + database)
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private JsonNode post(int port, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 201);
        return JSON.readTree(response.body());
    }
}
