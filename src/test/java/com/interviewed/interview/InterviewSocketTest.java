package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The WebSocket contract of docs/websocket-protocol.md, driven as an external tool would, with typed answers. */
@Tag("database")
class InterviewSocketTest extends HttpTestSupport {

    private String token;
    private String interviewId;

    private InterviewSocketClient startInterview() {
        token = registerAndGetToken("CANDIDATE", uniqueEmail("ws"), "correct horse");
        interviewId = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();
        return InterviewSocketClient.connect(wsUrl(interviewId, token));
    }

    private String wsUrl(String id, String accessToken) {
        return "ws://localhost:" + port + "/ws/interviews/" + id
                + (accessToken == null ? "" : "?access_token=" + accessToken);
    }

    private static boolean interviewerLine(JsonNode e) {
        return "transcript.final".equals(e.path("type").asString()) && "interviewer".equals(e.path("role").asString());
    }

    private List<Map<String, Object>> storedTurns() {
        return jdbc.sql("select speaker_role, text, status from transcript_turns where interview_id = ? order by seq")
                .param(UUID.fromString(interviewId)).query().listOfRows();
    }

    @Test
    void greetsThenTakesATypedAnswerAndAsksTheNextQuestion() {
        try (InterviewSocketClient client = startInterview()) {
            JsonNode ready = client.awaitType("session.ready");
            assertThat(ready.get("interviewId").asString()).isEqualTo(interviewId);
            assertThat(ready.get("speakers").size()).isEqualTo(1);
            JsonNode greeting = client.await(InterviewSocketTest::interviewerLine, "greeting");
            assertThat(greeting.get("speaker").asString()).isEqualTo(ready.get("speakers").get(0).get("name").asString());

            client.send(Map.of("type", "text", "text", "I have five years of backend experience, mostly Java and "
                    + "PostgreSQL. Last year I led the rewrite of our payment service, which cut latency by forty percent."));

            JsonNode answer = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "candidate".equals(e.path("role").asString()), "candidate line");
            assertThat(answer.get("status").asString()).isEqualTo("TYPED");
            client.await(e -> interviewerLine(e) && !e.get("messageId").equals(greeting.get("messageId")),
                    "next interviewer line");
        }
        List<Map<String, Object>> turns = storedTurns();
        assertThat(turns).extracting(t -> t.get("speaker_role")).startsWith("interviewer", "candidate", "interviewer");
        assertThat((String) turns.get(1).get("text")).contains("payment service");
        JsonNode api = get("/api/v1/interviews/" + interviewId, token).json();
        assertThat(api.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(api.get("transcript").size()).isEqualTo(turns.size());
    }

    @Test
    void correctionsAreStoredAsEditedKeepingTheOriginal() {
        try (InterviewSocketClient client = startInterview()) {
            client.await(InterviewSocketTest::interviewerLine, "greeting");
            client.send(Map.of("type", "text", "text", "I worked with cooper netties"));
            JsonNode answer = client.await(e -> "candidate".equals(e.path("role").asString()), "answer");

            client.send(Map.of("type", "transcript.edit", "messageId", answer.get("messageId").asString(),
                    "text", "I worked with Kubernetes"));

            client.await(e -> "EDITED".equals(e.path("status").asString()), "edited line");
        }
        Map<String, Object> edited = jdbc.sql("""
                        select text, original_text, status from transcript_turns
                        where interview_id = ? and speaker_role = 'candidate'""")
                .param(UUID.fromString(interviewId)).query().singleRow();
        assertThat(edited).containsEntry("text", "I worked with Kubernetes")
                .containsEntry("original_text", "I worked with cooper netties").containsEntry("status", "EDITED");
    }

    @Test
    void badInputGetsErrorEventsAndTheConnectionSurvives() {
        try (InterviewSocketClient client = startInterview()) {
            client.awaitType("session.ready");

            client.sendRaw("{not json");
            client.send(Map.of("type", "teleport"));
            client.send(Map.of("type", "text", "text", "   "));
            client.send(Map.of("type", "transcript.edit", "messageId", UUID.randomUUID().toString(), "text", "x"));
            client.sendAudio(new byte[] {1, 2, 3});
            client.sendAudio(new byte[70 * 1024]);

            client.await(e -> client.count("error") >= 6, "six errors");
            assertThat(client.ofType("error")).extracting(e -> e.get("code").asString())
                    .containsExactly("bad_json", "unknown_type", "bad_text", "bad_edit", "bad_audio_frame",
                            "bad_audio_frame");
            client.send(Map.of("type", "ping"));
            client.awaitType("pong");
            assertThat(client.closed()).isFalse();
        }
    }

    @Test
    void editingAnInterviewerLineIsRefused() {
        try (InterviewSocketClient client = startInterview()) {
            JsonNode greeting = client.await(InterviewSocketTest::interviewerLine, "greeting");

            client.send(Map.of("type", "transcript.edit", "messageId", greeting.get("messageId").asString(),
                    "text", "I never said that"));

            client.await(e -> "bad_edit".equals(e.path("code").asString()), "refusal");
        }
    }

    @Test
    void strangersCannotConnect() {
        startInterview().close();
        String stranger = registerAndGetToken("CANDIDATE", uniqueEmail("stranger"), "correct horse");

        assertThat(InterviewSocketClient.connectFailure(wsUrl(interviewId, stranger))).isNotNull();
        assertThat(InterviewSocketClient.connectFailure(wsUrl(interviewId, "forged-token"))).isNotNull();
        assertThat(InterviewSocketClient.connectFailure(wsUrl(interviewId, null))).isNotNull();
        assertThat(InterviewSocketClient.connectFailure(wsUrl(UUID.randomUUID().toString(), token))).isNotNull();
    }

    @Test
    void reconnectResumesWithEverythingSaidAndNothingTwice() {
        JsonNode greeting;
        try (InterviewSocketClient first = startInterview()) {
            greeting = first.await(InterviewSocketTest::interviewerLine, "greeting");
            first.send(Map.of("type", "text", "text", "I like building reliable distributed systems."));
            first.await(e -> interviewerLine(e) && !e.get("messageId").equals(greeting.get("messageId")), "reply");
        }
        int storedBefore = storedTurns().size();

        try (InterviewSocketClient second = InterviewSocketClient.connect(wsUrl(interviewId, token))) {
            JsonNode ready = second.awaitType("session.ready");
            assertThat(ready.get("transcript").size()).isEqualTo(storedBefore);
            assertThat(ready.get("transcript").get(0).get("messageId").asString())
                    .isEqualTo(greeting.get("messageId").asString());
            JsonNode resumed = second.await(InterviewSocketTest::interviewerLine, "resume line");
            assertThat(resumed.get("messageId").asString()).isNotEqualTo(greeting.get("messageId").asString());
            assertThat(resumed.get("text").asString()).isNotEqualTo(greeting.get("text").asString());
            assertThat(resumed.get("stored").asBoolean()).isFalse();
            second.awaitType("audio.end");
            second.send(Map.of("type", "text", "text", "I would start with the failure modes of the network."));
            second.await(e -> interviewerLine(e) && !e.has("stored"), "a stored reply after the resume line");
        }
        // The resume line was said, not stored: the transcript grew by the answer and the reply only.
        assertThat(storedTurns()).hasSize(storedBefore + 2);
        assertThat(storedTurns()).extracting(t -> (String) t.get("text")).noneMatch(t -> t.contains("continue where"));
    }

    @Test
    void aNewConnectionReplacesTheOldOne() {
        try (InterviewSocketClient first = startInterview()) {
            first.awaitType("session.ready");
            try (InterviewSocketClient second = InterviewSocketClient.connect(wsUrl(interviewId, token))) {
                second.awaitType("session.ready");
                first.awaitType("session.replaced");
                first.await(e -> first.closed(), "the replaced socket closed");
                assertThat(first.closeCode()).isEqualTo(ClientChannel.REPLACED);
            }
        }
    }

    @Test
    void endingSaysGoodbyeAndClosesTheInterview() {
        try (InterviewSocketClient client = startInterview()) {
            client.await(InterviewSocketTest::interviewerLine, "greeting");

            client.send(Map.of("type", "end"));

            JsonNode ended = client.awaitType("interview.ended");
            assertThat(ended.get("evaluationUrl").asString()).isEqualTo("/interviews/" + interviewId + "/report");
        }
        assertThat(get("/api/v1/interviews/" + interviewId, token).json().get("status").asString())
                .isEqualTo("ENDED");
        try (InterviewSocketClient late = InterviewSocketClient.connect(wsUrl(interviewId, token))) {
            late.await(e -> "interview_ended".equals(e.path("code").asString()), "already ended");
        }
    }
}
