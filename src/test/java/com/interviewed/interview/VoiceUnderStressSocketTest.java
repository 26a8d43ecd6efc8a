package com.interviewed.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.Interviewer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.support.HttpTestSupport;
import com.interviewed.support.InterviewSocketClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The live voice core under pressure, over the WebSocket with real offline speech: a recogniser pool smaller than
 * the number of interviews, an interviewer that takes 5 s to decide, a cough over the interviewer's question, and a
 * connection killed while the interviewer speaks.
 */
@Import(VoiceUnderStressSocketTest.SlowInterviewer.class)
@TestPropertySource(properties = {"interviewed.speech.recognizer.max-decoders=2",
        "interviewed.speech.recognizer.max-decoders-per-account=1",
        "interviewed.speech.recognizer.preload-decoders=0"})
class VoiceUnderStressSocketTest extends HttpTestSupport {

    /** Answers containing this word take the interviewer 5 s, like a slow model. */
    static final String SLOW = "slowly";

    @TestConfiguration
    static class SlowInterviewer {

        @Bean
        static BeanPostProcessor slowInterviewer() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof Interviewer real)) {
                        return bean;
                    }
                    return new Interviewer() {
                        @Override
                        public String name() {
                            return real.name();
                        }

                        @Override
                        public com.interviewed.interviewer.InterviewerReply respond(
                                com.interviewed.interviewer.InterviewContext context, CandidateInput input) {
                            if (input instanceof CandidateInput.Answer answer && answer.text().contains(SLOW)) {
                                long until = System.nanoTime() + 5_000_000_000L;
                                while (System.nanoTime() < until) {
                                    java.util.concurrent.locks.LockSupport.parkNanos(until - System.nanoTime());
                                }
                            }
                            return real.respond(context, input);
                        }
                    };
                }
            };
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    SpeechSynthesizer synthesizer;

    private record Opened(String id, InterviewSocketClient client) {
    }

    private Opened open(String token) {
        String id = postJson("/api/v1/interviews", Map.of("role", "backend", "mode", "SOLO"), token)
                .json().get("id").asString();
        return new Opened(id, InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token));
    }

    private static boolean candidateLine(JsonNode e) {
        return "transcript.final".equals(e.path("type").asString()) && "candidate".equals(e.path("role").asString());
    }

    private static long interviewerLines(InterviewSocketClient client) {
        return client.ofType("transcript.final").stream()
                .filter(e -> "interviewer".equals(e.path("role").asString()) && "SPOKEN".equals(e.path("status").asString())).count();
    }

    @Test
    void thirtyTypedInterviewsAndAThirdSpokenOneOnATwoRecogniserPoolAllWork() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tokens.add(registerAndGetToken("CANDIDATE", uniqueEmail("load"), "correct horse"));
        }
        List<Opened> typed = new ArrayList<>();
        byte[] spoken = synthesizer.synthesize("I built a payment service in Java.", "rms").pcm16le();
        try {
            for (int i = 0; i < 30; i++) {
                typed.add(open(tokens.get(i % 3)));
            }
            for (Opened interview : typed) {
                interview.client().awaitType("audio.start");
                interview.client().send(Map.of("type", "text", "text", "I have built backend services for years."));
            }
            for (Opened interview : typed) {
                interview.client().await(e -> interviewerLines(interview.client()) >= 2, "a reply to the typed answer",
                        Duration.ofSeconds(60));
                assertThat(interview.client().ofType("speech.unavailable")).isEmpty();
                assertThat(interview.client().closed()).isFalse();
            }

            List<Opened> voices = List.of(open(tokens.get(0)), open(tokens.get(1)), open(tokens.get(2)));
            List<CompletableFuture<Void>> speaking = new ArrayList<>();
            for (Opened voice : voices) {
                voice.client().awaitType("audio.start");
                speaking.add(CompletableFuture.runAsync(() -> {
                    try {
                        voice.client().streamAudio(spoken);
                        voice.client().streamAudio(new byte[32 * 1_500]);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            CompletableFuture.allOf(speaking.toArray(CompletableFuture[]::new)).join();
            Awaitility.await().atMost(Duration.ofSeconds(30)).alias("two recognised, one told to type: " + new Object() {
                        @Override
                        public String toString() {
                            return voices.stream().map(v -> v.client().events().stream()
                                    .map(e -> e.path("type").asString()).toList().toString()).toList().toString();
                        }
                    }).until(() -> voices.stream()
                    .filter(v -> v.client().events().stream().anyMatch(VoiceUnderStressSocketTest::candidateLine))
                    .count() == 2 && voices.stream().filter(v -> v.client().count("speech.unavailable") == 1).count() == 1);

            // The one without a recogniser was told so, and works typed.
            Opened refused = voices.stream().filter(v -> v.client().count("speech.unavailable") == 1).findFirst()
                    .orElseThrow();
            long before = interviewerLines(refused.client());
            refused.client().send(Map.of("type", "text", "text", "I built a payment service in Java."));
            refused.client().await(e -> interviewerLines(refused.client()) > before, "a reply to the typed answer");
            voices.forEach(v -> v.client().close());
        } finally {
            typed.forEach(t -> t.client().close());
        }
    }

    @Test
    void oneAccountSpeakingInTwoInterviewsHoldsOnlyItsShareAndLeavesARecogniserForOthers() throws Exception {
        String greedy = registerAndGetToken("CANDIDATE", uniqueEmail("greedy"), "correct horse");
        String other = registerAndGetToken("CANDIDATE", uniqueEmail("other"), "correct horse");
        byte[] spoken = synthesizer.synthesize("I built a payment service in Java.", "rms").pcm16le();
        List<Opened> mine = List.of(open(greedy), open(greedy));
        Opened theirs = open(other);
        try {
            for (Opened voice : mine) {
                voice.client().awaitType("audio.start");
            }
            // Both of the account's interviews speak at once, holding their recognisers for the stream's quiet span.
            CompletableFuture.allOf(mine.stream().map(voice -> CompletableFuture.runAsync(() -> {
                try {
                    voice.client().streamAudio(spoken);
                    voice.client().streamAudio(new byte[32 * 1_500]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })).toArray(CompletableFuture[]::new)).join();
            Awaitility.await().atMost(Duration.ofSeconds(30)).alias("one of the account's two heard, one refused: "
                    + new Object() {
                        @Override
                        public String toString() {
                            return mine.stream().map(v -> v.client().events().stream()
                                    .map(e -> e.path("type").asString()).toList().toString()).toList().toString();
                        }
                    }).until(() -> mine.stream()
                    .filter(v -> v.client().events().stream().anyMatch(VoiceUnderStressSocketTest::candidateLine))
                    .count() == 1 && mine.stream().filter(v -> v.client().count("speech.unavailable") == 1).count() == 1);
            Opened refused = mine.stream().filter(v -> v.client().count("speech.unavailable") == 1).findFirst()
                    .orElseThrow();
            assertThat(refused.client().ofType("speech.unavailable").get(0).path("message").asString())
                    .contains("this account's other interviews");

            // The pool has two recognisers: the account holds one, so another candidate is heard.
            theirs.client().awaitType("audio.start");
            theirs.client().streamAudio(spoken);
            theirs.client().streamAudio(new byte[32 * 1_500]);
            theirs.client().await(VoiceUnderStressSocketTest::candidateLine, "the other candidate's answer heard");
            assertThat(theirs.client().ofType("speech.unavailable")).isEmpty();
        } finally {
            mine.forEach(v -> v.client().close());
            theirs.client().close();
        }
    }

    @Test
    void anInterviewerThatTakesFiveSecondsDelaysNeitherTheCandidatesSpeechNorItsPartials() throws Exception {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("slow"), "correct horse");
        byte[] spoken = synthesizer.synthesize("I built a payment service with a team of five engineers.", "rms")
                .pcm16le();
        Opened interview = open(token);
        try (InterviewSocketClient client = interview.client()) {
            client.awaitType("audio.start");
            client.send(Map.of("type", "text", "text", "Let me think, I will answer " + SLOW + "."));
            long typedAt = System.nanoTime();
            CompletableFuture<Void> speaking = CompletableFuture.runAsync(() -> {
                try {
                    client.streamAudio(spoken);
                    client.streamAudio(new byte[32 * 800]);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            JsonNode partial = client.await(e -> "transcript.partial".equals(e.path("type").asString()),
                    "a partial while the interviewer decides", Duration.ofSeconds(10));
            long partialAfter = (System.nanoTime() - typedAt) / 1_000_000;
            speaking.join();
            client.await(e -> candidateLine(e) && "SPOKEN".equals(e.path("status").asString()),
                    "the spoken answer recognised", Duration.ofSeconds(15));
            JsonNode reply = client.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "interviewer".equals(e.path("role").asString()) && "SPOKEN".equals(e.path("status").asString())
                    && client.events().indexOf(e) > client.events().indexOf(partial), "the interviewer's reply",
                    Duration.ofSeconds(30));

            // The partial came while the interviewer was still deciding, long before its 5 s were up.
            assertThat(client.events().indexOf(partial)).isLessThan(client.events().indexOf(reply));
            assertThat(partial.path("text").asString()).isNotBlank();
            assertThat(partialAfter).as("first partial after the slow decision began, ms").isLessThan(4_500);
        }
    }

    @Test
    void aCoughDuringTheQuestionNeitherCutsItNorMarksItInterrupted() throws Exception {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("cough"), "correct horse");
        Opened interview = open(token);
        try (InterviewSocketClient client = interview.client()) {
            JsonNode start = client.awaitType("audio.start");
            client.streamAudio(new byte[32 * 1_000]);
            client.streamAudio(noiseBurst(250));
            client.streamAudio(new byte[32 * 1_500]);
            client.await(e -> "audio.end".equals(e.path("type").asString())
                    && e.path("messageId").asString().equals(start.path("messageId").asString()),
                    "the question played to its end", Duration.ofSeconds(30));

            assertThat(client.count("barge_in")).isZero();
            Map<String, Object> greeting = jdbc.sql("select text, status from transcript_turns where id = ?")
                    .param(UUID.fromString(start.path("messageId").asString())).query().singleRow();
            assertThat(greeting).containsEntry("status", "SPOKEN");
            assertThat(jdbc.sql("select count(*) from transcript_turns where interview_id = ? and speaker_role = 'candidate'")
                    .param(UUID.fromString(interview.id())).query(Integer.class).single()).isZero();
        }
    }

    @Test
    void aConnectionKilledWhileTheInterviewerSpeaksKeepsWhatWasSaidAndResumes() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("killed"), "correct horse");
        Opened interview = open(token);
        JsonNode start = interview.client().awaitType("audio.start");
        interview.client().abort();

        UUID greetingId = UUID.fromString(start.path("messageId").asString());
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> "INTERRUPTED".equals(jdbc.sql(
                "select status from transcript_turns where id = ?").param(greetingId).query(String.class).single()));
        try (InterviewSocketClient again = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + interview.id() + "?access_token=" + token)) {
            again.awaitType("audio.start");
            again.send(Map.of("type", "text", "text", "I have built backend services for years."));
            again.await(e -> candidateLine(e), "the answer stored");
            assertThat(again.closed()).isFalse();
        }
    }

    @Test
    void aBrowserThatGoesAwayMidAnswerKeepsTheWordsSaidAndTheNextConnectionIsAnsweredNotAskedAgain()
            throws Exception {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("reloaded"), "correct horse");
        Opened interview = open(token);
        interview.client().await(e -> "audio.end".equals(e.path("type").asString()), "the greeting heard to the end",
                Duration.ofSeconds(60));
        // The candidate speaks and the page reloads before the pause that would end the answer.
        interview.client().streamAudio(synthesizer.synthesize("I built a payment service in Java with a team of "
                + "five engineers.", "rms").pcm16le());
        interview.client().abort();

        UUID id = UUID.fromString(interview.id());
        Awaitility.await("the words said before the reload stored").atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.sql("select count(*) from transcript_turns where interview_id = ? and speaker_role = 'candidate'")
                        .param(id).query(Integer.class).single() == 1);
        String kept = jdbc.sql("select text from transcript_turns where interview_id = ? and speaker_role = 'candidate'")
                .param(id).query(String.class).single();
        assertThat(kept).containsAnyOf("payment", "service", "java", "engineers");
        int interviewerRows = jdbc.sql("select count(*) from transcript_turns where interview_id = ? "
                + "and speaker_role = 'interviewer'").param(id).query(Integer.class).single();

        try (InterviewSocketClient again = InterviewSocketClient.connect(
                "ws://localhost:" + port + "/ws/interviews/" + interview.id() + "?access_token=" + token)) {
            JsonNode ready = again.awaitType("session.ready");
            assertThat(ready.toString()).contains(kept);
            JsonNode reply = again.await(e -> "transcript.final".equals(e.path("type").asString())
                    && "interviewer".equals(e.path("role").asString()), "the interviewer's first line", Duration.ofSeconds(30));
            // Answered, and kept in the transcript: not the resume line, which is said but not stored.
            assertThat(reply.path("text").asString()).doesNotContain("continue where we were");
            Awaitility.await("the reply stored").atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                    "select count(*) from transcript_turns where interview_id = ? and speaker_role = 'interviewer'")
                    .param(id).query(Integer.class).single() > interviewerRows);
        }
        assertThat(jdbc.sql("select count(*) from transcript_turns where interview_id = ? and speaker_role = 'candidate'")
                .param(id).query(Integer.class).single()).as("the answer is stored once").isEqualTo(1);
    }

    /** White noise at about -20 dBFS: a cough's burst of energy with no words in it. */
    private static byte[] noiseBurst(int millis) {
        Random random = new Random(7);
        byte[] pcm = new byte[millis * 32];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int sample = (int) (random.nextGaussian() * 3_000);
            sample = Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample));
            pcm[i] = (byte) sample;
            pcm[i + 1] = (byte) (sample >> 8);
        }
        return pcm;
    }
}
