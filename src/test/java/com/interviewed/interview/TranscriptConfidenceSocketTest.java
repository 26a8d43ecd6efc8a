package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Word confidence end to end with real offline speech over the WebSocket: the recogniser's per-word confidence
 * reaches the candidate's {@code transcript.final}, is stored with the turn and replayed after a reconnect, is
 * dropped when the candidate corrects the turn, and marks the unsure words in the report's transcript.
 */
@Tag("database")
class TranscriptConfidenceSocketTest extends HttpTestSupport {

    /** Made-up words the recogniser cannot know, so some of what it hears instead is unsure (rms and slt alike). */
    static final String MUMBLED = "My last project used a gloobertron queue.";
    static final String ALSO_MUMBLED = "We sharded the vorpal cluster by tenant.";

    @Autowired
    SpeechSynthesizer synthesizer;

    @Test
    void unsureWordsAreSentStoredReplayedClearedByACorrectionAndMarkedInTheReport() throws Exception {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("confidence"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();
        String url = "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token;

        JsonNode kept;
        try (InterviewSocketClient client = InterviewSocketClient.connect(url)) {
            audioEnds(client, 1); // the greeting, heard to the end
            kept = answer(client, MUMBLED, 1);
            audioEnds(client, 2); // the interviewer's reply to it
        }
        assertWordsOf(kept);
        assertThat(unsure(kept)).isNotEmpty();

        List<Map<String, Object>> stored = candidateTurns(id);
        assertThat(stored).singleElement().satisfies(turn -> {
            assertThat(turn.get("status")).isEqualTo("SPOKEN");
            JsonNode words = JSON.readTree((String) turn.get("words_json"));
            assertThat(words.size()).isEqualTo(kept.get("words").size());
            assertThat(words.get(0).get("word").asString()).isEqualTo(kept.get("words").get(0).get("word").asString());
        });

        try (InterviewSocketClient client = InterviewSocketClient.connect(url)) {
            // A reload shows the same marks: session.ready replays each stored line with its words.
            JsonNode ready = client.awaitType("session.ready");
            JsonNode line = lineOf(ready, kept.get("messageId").asString());
            assertThat(line.get("words")).isEqualTo(kept.get("words"));
            audioEnds(client, 1); // the resume line

            JsonNode corrected = answer(client, ALSO_MUMBLED, 1); // this connection's first final
            assertWordsOf(corrected);
            String messageId = corrected.get("messageId").asString();
            client.send(Map.of("type", "transcript.edit", "messageId", messageId,
                    "text", "We sharded the Postgres cluster by tenant."));
            JsonNode edited = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && messageId.equals(e.path("messageId").asString()) && "EDITED".equals(e.path("status").asString()),
                    "the correction confirmed");
            assertThat(edited.has("words")).as("a corrected line has nothing unsure").isFalse();

            client.send(Map.of("type", "end"));
            client.await(e -> "interview.ended".equals(e.path("type").asString()), "the end",
                    Duration.ofSeconds(60));
        }
        assertThat(candidateTurns(id)).extracting(t -> t.get("status"), t -> t.get("words_json") == null)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPOKEN", false),
                        org.assertj.core.groups.Tuple.tuple("EDITED", true));

        // The report's transcript marks the unsure words of the answer left as heard, and none of the corrected one.
        Awaitility.await("the report").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> jdbc.sql("select count(*) from evaluations where interview_id = ?")
                        .param(UUID.fromString(id)).query(Integer.class).single() > 0);
        Response report = get("/interviews/" + id + "/report", token);
        assertThat(report.status()).isEqualTo(200);
        String html = report.body();
        assertThat(html).contains("unclear to the speech recogniser");
        for (String word : unsure(kept)) {
            assertThat(html).containsPattern("<mark\\s+class=\"unsure-word\"[^>]*>" + Pattern.quote(word)
                    + "<span class=\"visually-hidden\"> \\(unsure\\)</span></mark>");
        }
        assertThat(html).contains("We sharded the Postgres cluster by tenant.");
    }

    /** Waits until the interviewer has finished speaking {@code n} times (played in real time: a minute at most). */
    private static void audioEnds(InterviewSocketClient client, int n) {
        client.await(e -> client.count("audio.end") >= n, n + " × audio.end", Duration.ofSeconds(60));
    }

    /** Says {@code text} and returns the candidate's {@code n}-th final line. */
    private JsonNode answer(InterviewSocketClient client, String text, int n) throws InterruptedException {
        client.streamAudio(synthesizer.synthesize(text, "rms").pcm16le());
        client.streamAudio(new byte[32 * 1_500]);
        client.await(e -> candidateFinals(client).size() >= n, "answer " + n + " recognised", Duration.ofSeconds(30));
        return candidateFinals(client).get(n - 1);
    }

    private static List<JsonNode> candidateFinals(InterviewSocketClient client) {
        return client.ofType("transcript.final").stream()
                .filter(e -> "candidate".equals(e.path("role").asString())).toList();
    }

    /** The line's words are its text, each with a confidence in 0..1 and unsure exactly below 0.5. */
    private static void assertWordsOf(JsonNode line) {
        JsonNode words = line.get("words");
        assertThat(words).as("words of " + line).isNotNull();
        List<String> spelled = new ArrayList<>();
        for (JsonNode w : words) {
            spelled.add(w.get("word").asString());
            double confidence = w.get("confidence").asDouble();
            assertThat(confidence).isBetween(0.0, 1.0);
            assertThat(w.get("unsure").asBoolean()).isEqualTo(confidence < 0.5);
        }
        assertThat(String.join(" ", spelled)).isEqualTo(line.get("text").asString());
    }

    private static List<String> unsure(JsonNode line) {
        List<String> found = new ArrayList<>();
        line.get("words").forEach(w -> {
            if (w.get("unsure").asBoolean()) {
                found.add(w.get("word").asString());
            }
        });
        return found;
    }

    private static JsonNode lineOf(JsonNode ready, String messageId) {
        for (JsonNode line : ready.get("transcript")) {
            if (messageId.equals(line.get("messageId").asString())) {
                return line;
            }
        }
        throw new AssertionError("no line " + messageId + " in " + ready);
    }

    private List<Map<String, Object>> candidateTurns(String id) {
        return jdbc.sql("""
                        select status, words_json from transcript_turns
                        where interview_id = ? and speaker_role = 'candidate' order by seq""")
                .param(UUID.fromString(id)).query().listOfRows();
    }
}
