package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import com.interviewed.support.TypedAnswers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A panel interview over the WebSocket: three distinct interviewers who hand over without talking over each other. */
class PanelInterviewSocketTest extends HttpTestSupport {

    @Test
    void panelistsHandOverInTurnWithoutOverlappingOrRepeating() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("panel"), "correct horse");
        JsonNode created = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "PANEL",
                "durationMinutes", 15), token).json();
        assertThat(created.get("interviewers").size()).isEqualTo(3);
        String id = created.get("id").asString();

        try (InterviewSocketClient client = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token)) {
            JsonNode ready = client.awaitType("session.ready");
            List<String> names = new ArrayList<>();
            ready.get("speakers").forEach(s -> names.add(s.get("name").asString()));
            assertThat(names).hasSize(3).doesNotHaveDuplicates();

            for (int answers = 0; client.count("panel.handoff") < 1 && answers < 12; answers++) {
                client.answer(TypedAnswers.VARIED.get(answers % TypedAnswers.VARIED.size()));
            }
            JsonNode handoff = client.awaitType("panel.handoff");
            assertThat(handoff.get("from").asString()).isEqualTo(names.get(0));
            assertThat(handoff.get("to").asString()).isIn(names.subList(1, 3));
            JsonNode firstFromNewPanelist = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "interviewer".equals(e.path("role").asString())
                    && handoff.get("to").asString().equals(e.path("speaker").asString()), "the new panelist speaks");
            assertThat(firstFromNewPanelist.get("text").asString()).isNotBlank();

            // Never two interviewer utterances audible at once: each audio.start follows the previous one's end.
            int open = 0;
            for (JsonNode event : client.events()) {
                String type = event.path("type").asString();
                if ("audio.start".equals(type)) {
                    assertThat(open).as("audio.start while another utterance is playing").isZero();
                    open++;
                } else if ("audio.end".equals(type)) {
                    open = 0;
                }
            }
            // Everyone knows what was asked: no interviewer line is said twice, and only one greeting per panelist.
            List<String> said = client.interviewerLines().stream().map(e -> e.get("text").asString()).toList();
            Set<String> distinct = new HashSet<>(said);
            assertThat(distinct).hasSameSizeAs(said);
        }
    }
}
