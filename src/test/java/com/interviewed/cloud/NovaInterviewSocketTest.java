package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A whole interview over the WebSocket protocol with the Nova Sonic provider, Bedrock replaced at the SDK boundary
 * by a scripted Nova: greeting, a typed answer, a spoken barge-in, the end through the end_interview tool.
 */
@Tag("database")
@Import(NovaInterviewSocketTest.ScriptedBedrock.class)
@TestPropertySource(properties = {"interviewed.voice.provider=nova-sonic", "interviewed.cloud.region=us-east-1",
        "interviewed.cloud.verify-credentials=false"})
class NovaInterviewSocketTest extends HttpTestSupport {

    static final FakeNova NOVA = new FakeNova();

    @TestConfiguration
    static class ScriptedBedrock {

        @Bean
        @Primary
        SonicStreams scriptedSonicStreams() {
            return NOVA;
        }
    }

    /** Nova's side of the conversation, reacting to what the adapter sends. */
    private static void script(FakeNova.FakeStream s) {
        AtomicBoolean interruptedOnce = new AtomicBoolean();
        s.onInput = event -> {
            if (event.has("textInput")) {
                String text = event.get("textInput").path("content").asString();
                if (text.startsWith("(The candidate has joined")) {
                    s.assistantSays("Hello Sam, I'm your interviewer. Tell me about yourself.", new byte[4800]);
                } else if (text.startsWith("I build payment systems")) {
                    s.text("USER", "FINAL", text, "END_TURN");
                    s.text("ASSISTANT", "SPECULATIVE", "Could you walk me through the hardest bug you fixed there?",
                            "PARTIAL_TURN");
                    s.audio(new byte[48_000]);
                    s.text("ASSISTANT", "FINAL", "Could you walk me", "PARTIAL_TURN");
                }
            } else if (event.has("audioInput") && !interruptedOnce.get()) {
                byte[] pcm = Base64.getDecoder().decode(event.get("audioInput").path("content").asString());
                if (pcm.length > 0 && pcm[1] != 0) {
                    interruptedOnce.set(true);
                    s.interrupted();
                    s.userSaid("Sorry, I have to stop here");
                    s.usage(900, 300);
                    s.toolUse("end_interview", "tool-end", "{\"reason\":\"candidate_request\"}");
                    s.assistantSays("Of course. Thank you for your time, goodbye.", new byte[4800]);
                }
            }
        };
    }

    @Test
    void runsAWholeInterviewOnNovaSonic() {
        NOVA.onOpen = NovaInterviewSocketTest::script;
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("nova"), "correct horse");
        String interviewId = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();

        try (InterviewSocketClient client = InterviewSocketClient.connect("ws://localhost:" + port
                + "/ws/interviews/" + interviewId + "?access_token=" + token)) {
            JsonNode ready = client.awaitType("session.ready");
            assertThat(ready.get("provider").asString()).isEqualTo("nova-sonic");
            assertThat(ready.get("audio").asBoolean()).isTrue();

            JsonNode greeting = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "interviewer".equals(e.path("role").asString()), "greeting");
            assertThat(greeting.get("text").asString()).startsWith("Hello Sam");
            assertThat(client.awaitType("audio.start").get("sampleRate").asInt()).isEqualTo(24_000);
            await().until(() -> client.audioBytes() >= 4800);
            // Typing while the greeting still plays would interrupt it: wait until it has played.
            client.awaitType("audio.end");

            client.send(Map.of("type", "text", "text", "I build payment systems in Java."));
            client.await(e -> "TYPED".equals(e.path("status").asString()), "typed answer");
            client.await(e -> e.path("text").asString().startsWith("Could you walk me through"), "question");

            byte[] speech = new byte[640];
            for (int i = 0; i < speech.length; i += 2) {
                speech[i + 1] = 10;
            }
            client.sendAudio(speech);

            client.awaitType("barge_in");
            JsonNode cut = client.await(e -> "INTERRUPTED".equals(e.path("status").asString()), "cut line");
            assertThat(cut.get("text").asString()).isEqualTo("Could you walk me");
            client.await(e -> "interview.ended".equals(e.path("type").asString()), "end",
                    java.time.Duration.ofSeconds(15));
        }

        List<Map<String, Object>> turns = jdbc.sql(
                        "select speaker_role, text, status from transcript_turns where interview_id = ? order by seq")
                .param(UUID.fromString(interviewId)).query().listOfRows();
        assertThat(turns).extracting(t -> t.get("speaker_role")).containsExactly("interviewer", "candidate",
                "interviewer", "candidate", "interviewer");
        assertThat(turns).extracting(t -> t.get("text")).containsExactly(
                "Hello Sam, I'm your interviewer. Tell me about yourself.", "I build payment systems in Java.",
                "Could you walk me", "Sorry, I have to stop here", "Of course. Thank you for your time, goodbye.");
        assertThat(get("/api/v1/interviews/" + interviewId, token).json().get("status").asString())
                .isEqualTo("ENDED");
        await().until(() -> jdbc.sql("select count(*) from cloud_usage where interview_id = ?")
                .param(UUID.fromString(interviewId)).query(Long.class).single() == 1);
        Map<String, Object> usage = jdbc.sql("select sessions, input_tokens, output_tokens from cloud_usage "
                + "where interview_id = ?").param(UUID.fromString(interviewId)).query().singleRow();
        assertThat(usage).containsEntry("sessions", 1).containsEntry("input_tokens", 900L)
                .containsEntry("output_tokens", 300L);
        assertThat(get("/actuator/health").json().at("/status").asString()).isEqualTo("UP");
    }
}
