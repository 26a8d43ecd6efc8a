package com.interviewed.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import com.interviewed.support.TypedAnswers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A whole panel interview taken over the WebSocket with typed answers, ended, scored in the background and read
 * back through the API: every planned question the panel asked and the candidate answered has its own row, titled
 * with the planned text and naming the panelist who asked it.
 */
class PanelScoringSocketTest extends HttpTestSupport {

    @Test
    void everyAnsweredQuestionOfAPanelGetsItsRowWithThePlannedTextAndThePanelist() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("panel-score"), "correct horse");
        JsonNode created = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "PANEL",
                "durationMinutes", 15), token).json();
        String id = created.get("id").asString();
        Set<String> panelists = new HashSet<>();
        created.get("interviewers").forEach(p -> panelists.add(p.asString()));

        try (InterviewSocketClient client = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token)) {
            client.awaitType("session.ready");
            client.await(e -> client.interviewerLines().size() > 0, "the greeting");
            boolean coded = false;
            for (int i = 0; client.count("interview.ended") == 0 && i < 14; i++) {
                if (!coded && client.count("code.challenge") > 0) {
                    String challengeId = client.awaitType("code.challenge").get("challengeId").asString();
                    assertThat(postJson("/api/v1/interviews/" + id + "/code/run", Map.of("challengeId", challengeId,
                            "language", "python", "code", solution(challengeId)), token).status()).isEqualTo(200);
                    coded = true;
                }
                client.answer(TypedAnswers.VARIED.get(i % TypedAnswers.VARIED.size()));
            }
            if (client.count("interview.ended") == 0) {
                client.send(Map.of("type", "end"));
            }
            client.awaitType("interview.ended");
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> get("/api/v1/interviews/" + id + "/evaluation", token).status() == 200);
        JsonNode evaluation = get("/api/v1/interviews/" + id + "/evaluation", token).json();
        JsonNode interview = get("/api/v1/interviews/" + id, token).json();
        List<String> planned = new ArrayList<>();
        interview.path("plan").path("questions").forEach(s -> {
            if (!List.of("CANDIDATE_QUESTIONS", "CLOSING").contains(s.get("category").asString())) {
                planned.add(s.get("text").asString());
            }
        });

        List<String> scored = new ArrayList<>();
        evaluation.get("questions").forEach(q -> scored.add(q.get("question").asString()));
        // The candidate typed over every line, so the stored interviewer turns hold only what was played.
        assertThat(interview.get("transcript")).anySatisfy(t -> assertThat(t.get("status").asString())
                .isEqualTo("INTERRUPTED"));
        // Every planned question the panel asked (spare ones are only asked when time allows) that is scored (not
        // the candidate's questions or the goodbye) has its row, in plan order, titled with its planned text and
        // naming the panelist who asked it. What was asked is what the interviewer meant to say.
        List<String> meant = new ArrayList<>();
        interview.get("transcript").forEach(t -> {
            if ("interviewer".equals(t.get("role").asString())) {
                meant.add(t.path("originalText").isNull() || t.path("originalText").isMissingNode()
                        ? t.get("text").asString() : t.get("originalText").asString());
            }
        });
        List<String> asked = planned.stream().filter(p -> meant.stream().anyMatch(m -> m.contains(p))).toList();
        assertThat(asked).hasSizeGreaterThanOrEqualTo(4);
        assertThat(scored).isEqualTo(asked);
        Set<String> askers = new HashSet<>();
        evaluation.get("questions").forEach(q -> askers.add(q.get("askedBy").asString()));
        assertThat(panelists).containsAll(askers);
        assertThat(askers).as("more than one panelist asked").hasSizeGreaterThan(1);

        JsonNode coding = null;
        for (JsonNode q : evaluation.get("questions")) {
            if ("CODING".equals(q.path("category").asString())) {
                coding = q;
            }
        }
        assertThat(coding).as("the coding question's row").isNotNull();
        assertThat(coding.get("code").get("testSummary").asString()).matches("All \\d+ tests passed\\.");
        assertThat(coding.get("code").get("code").asString()).contains("def ");
        assertThat(coding.get("missing").toString()).doesNotContain("passes the tests");
        // Passing code carries 60% of technical depth at 9.5, whatever the (here canned, off-topic) discussion.
        assertThat(coding.get("dimensions").get("technicalDepth").asDouble())
                .isGreaterThanOrEqualTo(CodeScoring.CODE_WEIGHT_DEPTH * 9.5);
        JsonNode codeSignal = null;
        for (JsonNode signal : coding.get("signals")) {
            if ("code and tests".equals(signal.get("name").asString())
                    && "technicalDepth".equals(signal.get("dimension").asString())) {
                codeSignal = signal;
            }
        }
        assertThat(codeSignal).isNotNull();
        assertThat(codeSignal.get("effect").asDouble()).isPositive();

        // The report page shows the same: the panelist, the final code and its test outcome.
        String page = get("/interviews/" + id + "/report", token).body();
        assertThat(page).contains("Asked by").contains("Your final code").contains(coding.get("code").get("testSummary").asString());
    }

    private static String solution(String challengeId) {
        try (var in = PanelScoringSocketTest.class.getResourceAsStream(
                "/challenge-solutions/" + challengeId + "/solution.py")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
