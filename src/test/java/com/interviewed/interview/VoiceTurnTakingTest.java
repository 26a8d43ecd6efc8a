package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Turn-taking with real offline speech over the WebSocket, streamed at real-time pace: the candidate's spoken answer
 * is recognised and answered, and a thinking pause mid-answer does not split the answer in two.
 */
@Tag("database")
class VoiceTurnTakingTest extends HttpTestSupport {

    @Autowired
    SpeechSynthesizer synthesizer;

    @Test
    void aThinkingPauseThatTheRecogniserEndedContinuesTheSameAnswer() throws Exception {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("pause"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();
        byte[] first = synthesizer.synthesize("I built a payment service.", "rms").pcm16le();
        byte[] second = synthesizer.synthesize("The team had five engineers.", "rms").pcm16le();

        try (InterviewSocketClient client = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token)) {
            client.awaitType("audio.start");
            // Speaking over the greeting interrupts it; then the first sentence, a pause long enough for the
            // recogniser to end it and the interviewer to start replying, and the rest of the answer.
            client.streamAudio(first);
            client.streamAudio(new byte[32 * 900]);
            client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "candidate".equals(e.path("role").asString()), "the first part recognised");
            client.streamAudio(second);
            client.streamAudio(new byte[32 * 1_500]);

            JsonNode whole = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "candidate".equals(e.path("role").asString()) && e.path("text").asString().contains("payment")
                    && e.path("text").asString().contains("engineers"), "one answer with both parts",
                    Duration.ofSeconds(10));
            client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "interviewer".equals(e.path("role").asString()) && "SPOKEN".equals(e.path("status").asString())
                    && client.events().indexOf(e) > client.events().indexOf(whole), "the reply to the whole answer");
        }

        List<Map<String, Object>> turns = jdbc.sql(
                        "select speaker_role, text, status from transcript_turns where interview_id = ? order by seq")
                .param(UUID.fromString(id)).query().listOfRows();
        List<Map<String, Object>> answers = turns.stream().filter(t -> "candidate".equals(t.get("speaker_role"))).toList();
        assertThat(answers).hasSize(1);
        assertThat((String) answers.get(0).get("text")).contains("payment").contains("engineers");
        assertThat(answers.get(0).get("status")).isEqualTo("SPOKEN");
        assertThat(turns.get(0)).containsEntry("status", "INTERRUPTED");
    }
}
