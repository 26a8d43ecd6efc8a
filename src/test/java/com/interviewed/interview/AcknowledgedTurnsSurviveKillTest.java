package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.AppProcess;
import com.interviewed.support.InterviewSocketClient;
import com.interviewed.support.TestDatabaseEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Acknowledged means durable: the server process is killed with SIGKILL the moment the client has seen something,
 * three times at different moments of a typed interview, and restarted on the same database. Every answer the
 * client saw as {@code transcript.final} is stored exactly once, and a reply the crash cut off mid-speech is stored
 * {@code INTERRUPTED} with only a part of it as heard, its whole text kept as {@code originalText}. Runs on the
 * product's own embedded H2 file (the default URL, in a temporary working directory) and, in the PostgreSQL pass,
 * on a throwaway PostgreSQL database.
 */
@Tag("database")
class AcknowledgedTurnsSurviveKillTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> arguments = new ArrayList<>();
    private Path work;
    private volatile AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (work != null) {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void everyAcknowledgedTurnSurvivesKillNine() throws Exception {
        work = Files.createTempDirectory("kill-nine");
        if (TestDatabaseEnvironment.onPostgres()) {
            arguments.add("--spring.profiles.active=postgres");
            environment.put("POSTGRES_URL", TestDatabaseEnvironment.newPostgresDatabase());
            environment.put("POSTGRES_USER", TestDatabaseEnvironment.user());
            environment.put("POSTGRES_PASSWORD", "");
        }
        start();
        String token = signUp();
        String interview = post("/api/v1/interviews", Map.of("role", "backend"), token).get("id").asString();
        Map<String, String> acknowledged = new LinkedHashMap<>();

        // 1. Killed on the socket thread as the answer's transcript.final arrives: nothing else has happened yet.
        InterviewSocketClient client = connect(interview, token);
        awaitInterviewerLine(client);
        String first = "I moved our billing jobs to a queue with retries and idempotency keys.";
        killWhen(client, e -> isCandidateLine(e, first));
        client.send(Map.of("type", "text", "text", first));
        acknowledged.put(candidateLine(client, first), first);
        restart(client);

        // 2. Killed while the interviewer says its reply: once the first sentence has played (the server has
        // recorded it as heard), before the rest has.
        client = connect(interview, token);
        awaitInterviewerLine(client);
        String second = "We measured the latency first, then added an index on the orders table.";
        client.send(Map.of("type", "text", "text", second));
        acknowledged.put(candidateLine(client, second), second);
        InterviewSocketClient speaking = client;
        JsonNode audioStart = client.await(e -> "audio.start".equals(e.path("type").asString())
                && afterLine(speaking, e, second), "the reply's audio", Duration.ofSeconds(30));
        String replyId = audioStart.path("messageId").asString();
        String replyText = client.ofType("transcript.final").stream()
                .filter(f -> replyId.equals(f.path("messageId").asString())).findFirst().orElseThrow()
                .path("text").asString();
        boolean severalSentences = replyText.split("(?<=[.?!])\\s+").length > 1;
        String heardBeforeKill = "";
        if (severalSentences) {
            heardBeforeKill = awaitHeard(interview, token, replyId);
        }
        restart(client);

        // 3. Killed 150 ms after the acknowledgement, while the reply is being decided or said.
        client = connect(interview, token);
        awaitInterviewerLine(client);
        String third = "Finally I cached the product pages for a minute, which halved the load.";
        client.send(Map.of("type", "text", "text", third));
        acknowledged.put(candidateLine(client, third), third);
        Thread.sleep(150);
        app.kill();
        awaitClosed(client);
        client.close();
        start();

        JsonNode transcript = get("/api/v1/interviews/" + interview, token).get("transcript");
        Map<String, Integer> times = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (JsonNode turn : transcript) {
            String id = turn.path("id").asString();
            times.merge(id, 1, Integer::sum);
            texts.put(id, turn.path("text").asString());
        }
        acknowledged.forEach((id, text) -> {
            assertThat(times.get(id)).as("acknowledged answer %s stored once: %s", id, transcript).isEqualTo(1);
            assertThat(texts.get(id)).isEqualTo(text);
        });
        assertThat(candidateTexts(transcript)).as("no answer stored twice").doesNotHaveDuplicates()
                .containsAll(acknowledged.values());

        JsonNode cut = null;
        for (JsonNode turn : transcript) {
            if (replyId.equals(turn.path("id").asString())) {
                cut = turn;
            }
        }
        assertThat(cut).as("the reply cut by the crash is stored: %s", transcript).isNotNull();
        assertThat(cut.path("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(cut.path("originalText").asString()).isEqualTo(replyText);
        String heard = cut.path("text").asString();
        System.out.printf("kill -9 mid-speech: stored INTERRUPTED, heard \"%s\" of \"%s\"%n", heard, replyText);
        assertThat(heard).as("what was heard of: " + replyText).startsWith(heardBeforeKill);
        assertThat(replyText).startsWith(heard).isNotEqualTo(heard);
        if (severalSentences) {
            assertThat(heard).as("the sentences played before the crash").isNotEmpty();
        }
    }

    /** Polls the stored reply until the part played so far is recorded, and returns it; fails if it finished first. */
    private String awaitHeard(String interview, String token, String replyId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode turn : get("/api/v1/interviews/" + interview, token).get("transcript")) {
                if (replyId.equals(turn.path("id").asString())) {
                    assertThat(turn.path("status").asString()).as("the reply is still unfinished: %s", turn)
                            .isEqualTo("INTERRUPTED");
                    if (!turn.path("text").asString().isEmpty()) {
                        return turn.path("text").asString();
                    }
                }
            }
            Thread.sleep(30);
        }
        throw new AssertionError("the first sentence of the reply was never recorded as heard");
    }

    // ---- The interview ----

    /** SIGKILL from the socket's own thread as the event arrives, before the test thread could even see it. */
    private void killWhen(InterviewSocketClient client, Predicate<JsonNode> event) {
        AppProcess running = app;
        client.onEvent(e -> {
            if (event.test(e)) {
                running.process().destroyForcibly();
            }
        });
    }

    /** True if {@code event} came after the candidate line for {@code text}. */
    private static boolean afterLine(InterviewSocketClient client, JsonNode event, String text) {
        List<JsonNode> events = client.events();
        int line = -1;
        for (int i = 0; i < events.size(); i++) {
            if (isCandidateLine(events.get(i), text)) {
                line = i;
            }
            if (events.get(i) == event) {
                return line >= 0;
            }
        }
        return false;
    }

    private void start() throws Exception {
        app = AppProcess.start(AppProcess.freePort(), work, work.resolve("app.log"), environment,
                arguments.toArray(String[]::new)).awaitReady();
    }

    private void restart(InterviewSocketClient client) throws Exception {
        app.kill();
        awaitClosed(client);
        client.close();
        start();
    }

    private InterviewSocketClient connect(String interview, String token) {
        return InterviewSocketClient.connect("ws://127.0.0.1:" + app.port() + "/ws/interviews/" + interview
                + "?access_token=" + token);
    }

    private static void awaitInterviewerLine(InterviewSocketClient client) {
        client.await(e -> "interviewer".equals(e.path("role").asString())
                && "transcript.final".equals(e.path("type").asString()), "an interviewer line",
                Duration.ofSeconds(30));
    }

    private static boolean isCandidateLine(JsonNode event, String text) {
        return "transcript.final".equals(event.path("type").asString())
                && "candidate".equals(event.path("role").asString()) && text.equals(event.path("text").asString());
    }

    /** The id of the candidate line the client was sent for {@code text}: what the server acknowledged. */
    private static String candidateLine(InterviewSocketClient client, String text) {
        return client.await(e -> isCandidateLine(e, text), "transcript.final for: " + text).path("messageId")
                .asString();
    }

    private static void awaitClosed(InterviewSocketClient client) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(client::closed);
    }

    private static List<String> candidateTexts(JsonNode transcript) {
        List<String> texts = new ArrayList<>();
        transcript.forEach(t -> {
            if ("candidate".equals(t.path("role").asString())) {
                texts.add(t.path("text").asString());
            }
        });
        return texts;
    }

    // ---- HTTP ----

    private String signUp() throws Exception {
        String email = "kill-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        post("/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Kim",
                "role", "CANDIDATE"), null);
        return post("/api/v1/auth/token", Map.of("email", email, "password", "correct horse"), null).get("token")
                .asString();
    }

    private JsonNode post(String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isBetween(200, 204);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
