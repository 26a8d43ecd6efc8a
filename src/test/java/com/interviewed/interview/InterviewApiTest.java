package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@Tag("database")
class InterviewApiTest extends HttpTestSupport {

    @Test
    void createsAPlannedInterviewWithItsWebSocketUrl() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("api"), "correct horse");

        Response created = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(body.get("websocketUrl").asString()).isEqualTo("ws://localhost:" + port + "/ws/interviews/" + id);
        assertThat(body.get("plan").get("questions").size()).isGreaterThan(2);
        assertThat(body.get("plan").get("questions").get(0).get("text").asString()).isNotBlank();
        assertThat(created.header("Location")).isEqualTo("/api/v1/interviews/" + id);
    }

    @Test
    void returnsStateAndTranscriptToItsCandidateOnly() {
        String owner = registerAndGetToken("CANDIDATE", uniqueEmail("own"), "correct horse");
        String other = registerAndGetToken("CANDIDATE", uniqueEmail("other"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend"), owner).json().get("id").asString();

        Response mine = get("/api/v1/interviews/" + id, owner);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("status").asString()).isEqualTo("CREATED");
        assertThat(mine.json().get("transcript").isArray()).isTrue();

        assertThat(get("/api/v1/interviews/" + id, other).status()).isEqualTo(404);
        assertThat(get("/api/v1/interviews/" + UUID.randomUUID(), owner).status()).isEqualTo(404);
        assertThat(get("/api/v1/interviews/" + id).status()).isEqualTo(401);
    }

    @Test
    void rejectsUnknownRoleAndBadMode() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("bad"), "correct horse");

        Response unknownRole = postJson("/api/v1/interviews", Map.of("role", "astronaut"), token);
        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.header("Content-Type")).startsWith("application/problem+json");

        Response badMode = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "DUET"), token);
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
    }

    @Test
    void endingAnInterviewStoresItAsEnded() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("end"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend"), token).json().get("id").asString();

        Response ended = postJson("/api/v1/interviews/" + id + "/end", "{}", token);

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
        assertThat(get("/api/v1/interviews", token).json().get(0).get("status").asString()).isEqualTo("ENDED");
    }
}
