package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.Utterance;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.PlannedQuestion;
import com.interviewed.questions.QuestionCategory;
import com.interviewed.questions.Seniority;
import com.interviewed.speech.RecognizedWord;
import com.interviewed.voice.InterviewerMove;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceSessionSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Nova Sonic adapter against a scripted Bedrock at the SDK boundary. */
class NovaSonicSessionTest {

    static final Persona ALEX = persona("alex", "Alex", "matthew", "ENGINEERING_MANAGER");
    static final Persona PRIYA = persona("priya", "Priya", "tiffany", "PRODUCT_MANAGER");
    static final InterviewPlan PLAN = new InterviewPlan("backend", Seniority.MID, 30, 1L, List.of(
            step("warmup", QuestionCategory.WARMUP, null, "ENGINEERING_MANAGER"),
            step("tech-1", QuestionCategory.TECHNICAL, null, "ENGINEERING_MANAGER"),
            step("code-1", QuestionCategory.CODING, "two-sum", "ENGINEERING_MANAGER"),
            step("prod-1", QuestionCategory.BEHAVIOURAL, null, "PRODUCT_MANAGER"),
            step("close", QuestionCategory.CANDIDATE_QUESTIONS, null, "PRODUCT_MANAGER")));

    private final List<String> timeline = new CopyOnWriteArrayList<>();
    private final FakeNova nova = new FakeNova(timeline);
    private final RecordingConversation conversation = new RecordingConversation(timeline);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
    private final SonicHealth health = new SonicHealth(Clock.systemUTC());
    private final List<long[]> usage = new CopyOnWriteArrayList<>();
    private NovaSonicSession session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        timers.shutdownNow();
    }

    static Persona persona(String id, String name, String voice, String panelRole) {
        return new Persona(id, name, "x", "slt", voice, "warm and direct", panelRole, List.of("Hi {candidate}"),
                List.of("Thanks."), List.of("Next."), List.of("Bye."));
    }

    static PlannedQuestion step(String id, QuestionCategory category, String challenge, String panelRole) {
        return new PlannedQuestion(id, category, "Question " + id + "?", "c", List.of("a point"), List.of(),
                challenge, panelRole, 5);
    }

    static CloudProperties.Sonic settings(Duration rollover, Duration keepAlive) {
        return new CloudProperties.Sonic("amazon.nova-2-sonic-v1:0", rollover, keepAlive, 3, Duration.ofMillis(50),
                Duration.ofSeconds(180), "MEDIUM", 1024, 0.7, 0.9, 40_000, 30);
    }

    private NovaSonicSession open(List<Persona> panel, List<Utterance> history, CloudProperties.Sonic settings) {
        UsageRecorder recorder = new UsageRecorder(null, Clock.systemUTC()) {
            @Override
            void record(UUID interviewId, String modelId, int sessions, long input, long output) {
                usage.add(new long[] {sessions, input, output});
            }
        };
        session = new NovaSonicSession(new VoiceSessionSpec(UUID.randomUUID(), PLAN, panel, 0, "Sam", null, history),
                conversation, nova, settings, JsonMapper.builder().build(), timers,
                () -> System.nanoTime() / 1_000_000, health, recorder);
        session.start();
        // The SDK side receives the setup asynchronously: wait for its last block, the opening trigger.
        await().until(() -> nova.streams.size() == 1
                && nova.stream(0).texts("USER").stream().anyMatch(t -> t.startsWith("(The")));
        return session;
    }

    private NovaSonicSession open() {
        return open(List.of(ALEX), List.of(), settings(Duration.ofMinutes(6), Duration.ofMinutes(1)));
    }

    private static byte[] pcm(int millis) {
        byte[] pcm = new byte[millis * 48];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (byte) (i % 7);
        }
        return pcm;
    }

    @Test
    void setsUpTheSessionInProtocolOrderWithOnePromptAndFreshContentNames() {
        open();
        FakeNova.FakeStream s = nova.stream(0);
        assertThat(s.request.modelId()).isEqualTo("amazon.nova-2-sonic-v1:0");
        // Long texts go as several textInputs of one block: compare the shape with repeats collapsed.
        List<String> shape = new ArrayList<>();
        for (String name : s.names()) {
            if (!(name.equals("textInput") && shape.get(shape.size() - 1).equals("textInput"))) {
                shape.add(name);
            }
        }
        assertThat(shape).startsWith("sessionStart", "promptStart", "contentStart", "textInput", "contentEnd",
                "contentStart", "contentStart", "textInput", "contentEnd");

        JsonNode prompt = s.inputs("promptStart").get(0);
        assertThat(prompt.at("/audioOutputConfiguration/voiceId").asString()).isEqualTo("matthew");
        assertThat(prompt.at("/audioOutputConfiguration/sampleRateHertz").asInt()).isEqualTo(24_000);
        assertThat(prompt.at("/toolConfiguration/tools").valueStream()
                .map(t -> t.at("/toolSpec/name").asString()).toList())
                .containsExactly("issue_coding_challenge", "hand_over_to_next_panelist", "end_interview");
        // The schema is a JSON string inside the JSON event.
        assertThat(prompt.at("/toolConfiguration/tools/0/toolSpec/inputSchema/json").isString()).isTrue();
        assertThat(s.inputs("sessionStart").get(0).at("/turnDetectionConfiguration/endpointingSensitivity")
                .asString()).isEqualTo("MEDIUM");

        String promptName = prompt.get("promptName").asString();
        Set<String> contentNames = new HashSet<>();
        for (JsonNode start : s.inputs("contentStart")) {
            assertThat(start.get("promptName").asString()).isEqualTo(promptName);
            assertThat(contentNames.add(start.get("contentName").asString())).isTrue();
        }
        List<JsonNode> starts = s.inputs("contentStart");
        assertThat(starts.get(0).get("role").asString()).isEqualTo("SYSTEM");
        assertThat(starts.get(0).get("interactive").asBoolean()).isFalse();
        assertThat(starts.get(1).get("type").asString()).isEqualTo("AUDIO");
        assertThat(starts.get(1).at("/audioInputConfiguration/sampleRateHertz").asInt()).isEqualTo(16_000);
        assertThat(starts.get(2).get("role").asString()).isEqualTo("USER");
        assertThat(starts.get(2).get("interactive").asBoolean()).isTrue();
        assertThat(s.texts("SYSTEM").get(0)).contains("You are Alex", "Question tech-1?", "end_interview");
        // The planned opening from the conversation steers the greeting.
        assertThat(s.texts("USER").get(0)).contains("Greet them", "Hello Sam, first question.");
        for (JsonNode text : s.inputs("textInput")) {
            assertThat(text.get("promptName").asString()).isEqualTo(promptName);
        }
    }

    @Test
    void relaysAudioBothWaysAndReportsOnlyFinalTranscripts() throws Exception {
        open();
        FakeNova.FakeStream s = nova.stream(0);
        short[] samples = {1, -2, 300, -32768};
        session.acceptAudio(samples, samples.length);
        await().until(() -> !s.inputs("audioInput").isEmpty());
        JsonNode audio = s.inputs("audioInput").get(0);
        assertThat(Base64.getDecoder().decode(audio.get("content").asString()))
                .containsExactly(1, 0, -2, -1, 44, 1, 0, -128);
        assertThat(audio.get("contentName").asString())
                .isEqualTo(s.inputs("contentStart").get(1).get("contentName").asString());

        s.userSaid("I rewrote our payment service");
        s.assistantSays("Great, what did you measure?", pcm(20));
        await().until(() -> conversation.count("finished") == 1);

        assertThat(conversation.calls("candidateFinal"))
                .containsExactly("candidateFinal|I rewrote our payment service|spoken");
        assertThat(conversation.calls("started")).hasSize(1).first().asString().endsWith("|0|24000");
        assertThat(conversation.audioBytes()).isEqualTo(pcm(20).length);
        assertThat(conversation.calls("finished")).containsExactly("finished|Great, what did you measure?|false");
        assertThat(conversation.calls()).noneMatch(c -> c.contains("(guess)"));
    }

    @Test
    void bargeInStopsPlaybackKeepsOnlyWhatWasSpokenAndDropsTheRest() {
        open();
        FakeNova.FakeStream s = nova.stream(0);
        s.text("ASSISTANT", "SPECULATIVE", "Let me explain the next part in detail.", "PARTIAL_TURN");
        s.audio(pcm(500));
        s.text("ASSISTANT", "FINAL", "Let me explain", "PARTIAL_TURN");
        s.interrupted();
        s.audio(pcm(100));
        await().until(() -> conversation.count("finished") == 1);
        s.userSaid("Sorry, can I ask something?");
        s.assistantSays("Of course.", pcm(10));
        await().until(() -> conversation.count("finished") == 2);

        assertThat(conversation.calls("bargeIn")).hasSize(1);
        assertThat(conversation.calls("finished").get(0)).isEqualTo("finished|Let me explain|true");
        assertThat(conversation.calls().indexOf("bargeIn")).isLessThan(
                conversation.calls().indexOf("finished|Let me explain|true"));
        // Audio after the marker is not played.
        assertThat(conversation.audioBytes()).isEqualTo(pcm(500).length + pcm(10).length);
        assertThat(conversation.calls()).noneMatch(c -> c.contains("interrupted"));
    }

    @Test
    void toolCallsBecomeInterviewerMovesAndAreAnswered() {
        open();
        FakeNova.FakeStream s = nova.stream(0);
        s.toolUse("issue_coding_challenge", "tool-1", "{}");
        await().until(() -> conversation.count("control") == 1);
        assertThat(conversation.calls("control")).containsExactly("control|CODE_CHALLENGE|0|2|two-sum");
        await().until(() -> !s.inputs("toolResult").isEmpty());
        JsonNode toolStart = s.inputs("contentStart").stream().filter(c -> "TOOL".equals(c.path("type").asString()))
                .findFirst().orElseThrow();
        assertThat(toolStart.at("/toolResultInputConfiguration/toolUseId").asString()).isEqualTo("tool-1");
        assertThat(toolStart.get("role").asString()).isEqualTo("TOOL");
        assertThat(s.inputs("toolResult").get(0).get("content").asString()).contains("\"ok\":true");

        s.toolUse("end_interview", "tool-2", "{\"reason\":\"completed\"}");
        await().until(() -> conversation.count("control") == 2);
        assertThat(conversation.calls("control").get(1)).startsWith("control|END|0|4");
        await().until(() -> s.inputs("toolResult").size() == 2);
    }

    @Test
    void replaysHistoryWithinNovasLimitsStartingWithTheCandidate() {
        List<Utterance> history = new ArrayList<>();
        history.add(new Utterance("interviewer", "Alex", "Welcome!"));
        for (int i = 0; i < 40; i++) {
            history.add(new Utterance("candidate", "Sam", "answer " + i + " " + "é".repeat(1500)));
            history.add(new Utterance("interviewer", "Alex", "question " + i + " " + "word ".repeat(100)));
        }
        open(List.of(ALEX), history, settings(Duration.ofMinutes(6), Duration.ofMinutes(1)));
        FakeNova.FakeStream s = nova.stream(0);

        for (JsonNode text : s.inputs("textInput")) {
            assertThat(text.get("content").asString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        }
        List<JsonNode> starts = s.inputs("contentStart");
        List<JsonNode> replayed = starts.subList(1, starts.size()).stream()
                .takeWhile(c -> "TEXT".equals(c.path("type").asString())).toList();
        assertThat(replayed).isNotEmpty();
        assertThat(replayed.get(0).get("role").asString()).isEqualTo("USER");
        int historyBytes = s.texts("USER").stream().limit(s.texts("USER").size() - 1)
                .mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).sum()
                + s.texts("ASSISTANT").stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        assertThat(historyBytes).isLessThanOrEqualTo(40_000).isGreaterThan(30_000);
        // The newest exchange is kept, the oldest dropped; the trigger says it is a resumption.
        assertThat(s.texts("ASSISTANT").get(s.texts("ASSISTANT").size() - 1)).startsWith("question 39");
        assertThat(s.texts("USER").get(s.texts("USER").size() - 1)).contains("do not greet again");
        assertThat(String.join("", s.texts("ASSISTANT"))).doesNotContain("Welcome!");
    }

    @Test
    void rollsOverToAFreshSessionBeforeTheTimeLimitAndReplaysTheConversation() {
        open(List.of(ALEX), List.of(), settings(Duration.ofMillis(900), Duration.ofMinutes(1)));
        FakeNova.FakeStream first = nova.stream(0);
        first.userSaid("I like distributed systems");
        first.assistantSays("Why is that?", pcm(5));
        await().until(() -> conversation.count("finished") == 1);
        first.usage(100, 40);

        await().until(() -> nova.streams.size() == 2);
        FakeNova.FakeStream second = nova.stream(1);
        await().until(() -> first.inputCompleted);
        assertThat(first.names()).endsWith("contentEnd", "promptEnd", "sessionEnd");
        await().until(() -> second.names().contains("contentStart") && second.inputs("contentStart").stream()
                .anyMatch(c -> "AUDIO".equals(c.path("type").asString())));
        assertThat(second.texts("USER")).containsExactly("I like distributed systems");
        assertThat(second.texts("ASSISTANT")).containsExactly("Why is that?");
        assertThat(second.inputs("promptStart").get(0).get("promptName").asString())
                .isNotEqualTo(first.inputs("promptStart").get(0).get("promptName").asString());

        short[] samples = new short[320];
        session.acceptAudio(samples, samples.length);
        await().until(() -> !second.inputs("audioInput").isEmpty());
        // Late events from the old session are ignored.
        first.assistantSays("Stale words", pcm(5));
        second.usage(10, 5);
        // Output is delivered in order: once this line is seen, the usage event has been taken in.
        second.text("ASSISTANT", "SPECULATIVE", "Marker line", "PARTIAL_TURN");
        await().until(() -> conversation.calls().stream().anyMatch(c -> c.startsWith("started|Marker line")));
        session.close();
        await().until(() -> usage.size() == 1);
        assertThat(conversation.calls()).noneMatch(c -> c.contains("Stale words"));
        assertThat(usage.get(0)).containsExactly(2, 110, 45);
    }

    @Test
    void reconnectsAfterARetryableErrorWithoutLosingTheCandidatesAudio() {
        open();
        FakeNova.FakeStream first = nova.stream(0);
        first.fail(ModelTimeoutException.builder().message("Model has timed out").build());
        // Spoken while the connection is being replaced.
        short[] samples = new short[1600];
        samples[0] = 1234;
        session.acceptAudio(samples, samples.length);

        await().until(() -> nova.streams.size() == 2);
        FakeNova.FakeStream second = nova.stream(1);
        await().until(() -> !second.inputs("audioInput").isEmpty());
        byte[] buffered = Base64.getDecoder().decode(second.inputs("audioInput").get(0).get("content").asString());
        assertThat(buffered).hasSize(3200);
        assertThat(buffered[0]).isEqualTo((byte) (1234 & 0xff));
        List<String> names = second.names();
        assertThat(names.indexOf("audioInput")).isGreaterThan(names.indexOf("contentStart"));
        await().until(() -> second.texts("USER").stream().anyMatch(t -> t.contains("Continue exactly")));
        assertThat(conversation.calls("error")).isEmpty();

        second.fail(new IOException("HTTP/2 connection closed"));
        await().until(() -> nova.streams.size() == 3);
    }

    @Test
    void aStreamThatNovaEndsByItselfIsReplacedAndTheInterviewerResumes() {
        open();
        FakeNova.FakeStream first = nova.stream(0);
        first.userSaid("My answer is done");
        await().until(() -> conversation.count("candidateFinal") == 1);
        first.end();

        await().until(() -> nova.streams.size() == 2);
        FakeNova.FakeStream second = nova.stream(1);
        await().until(() -> second.texts("USER").stream().anyMatch(t -> t.contains("Continue exactly")));
        assertThat(second.texts("USER").get(0)).isEqualTo("My answer is done");
        assertThat(conversation.calls("error")).isEmpty();
    }

    @Test
    void aValidationErrorIsNotRetriedAndTellsTheCandidate() {
        open();
        nova.stream(0).fail(ValidationException.builder().message("Invalid voiceId").build());
        await().until(() -> conversation.count("error") == 1);
        assertThat(conversation.calls("error")).containsExactly("error|voice_unavailable");
        assertThat(health.failing()).isTrue();
        assertThat(health.lastFailureReason()).contains("ValidationException", "Invalid voiceId");
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> nova.streams.size() == 1);
    }

    @Test
    void sendsSilentFramesWhileTheMicrophoneIsMuted() {
        open(List.of(ALEX), List.of(), settings(Duration.ofMinutes(6), Duration.ofMillis(100)));
        FakeNova.FakeStream s = nova.stream(0);
        await().atMost(Duration.ofSeconds(3)).until(() -> s.inputs("audioInput").size() >= 2);
        byte[] frame = Base64.getDecoder().decode(s.inputs("audioInput").get(0).get("content").asString());
        assertThat(frame).hasSize(16_000).containsOnly(0);
    }

    @Test
    void typedAnswersInterruptAndAreSentAsInteractiveUserText() {
        open();
        FakeNova.FakeStream s = nova.stream(0);
        s.text("ASSISTANT", "SPECULATIVE", "A long question that keeps going.", "PARTIAL_TURN");
        s.audio(pcm(2000));
        await().until(() -> conversation.count("audio") == 1);
        session.acceptText("I would use a queue");
        await().until(() -> s.texts("USER").contains("I would use a queue"));
        assertThat(conversation.calls("bargeIn")).hasSize(1);
        assertThat(conversation.calls("candidateFinal")).containsExactly("candidateFinal|I would use a queue|typed");
        // Nova echoes the typed text as the user's turn: not a second transcript line.
        s.text("USER", "FINAL", "I would use a queue", "END_TURN");
        s.assistantSays("Why a queue?", pcm(5));
        await().until(() -> conversation.count("finished") == 2);
        assertThat(conversation.calls("candidateFinal")).hasSize(1);
    }

    @Test
    void handsOverToTheNextPanelistWithItsVoiceAfterThePreviousOneFinishedSpeaking() {
        open(List.of(ALEX, PRIYA), List.of(), settings(Duration.ofMinutes(6), Duration.ofMinutes(1)));
        FakeNova.FakeStream first = nova.stream(0);
        first.userSaid("We shipped it in two weeks");
        first.assistantSays("Thanks, that's all from me.", pcm(300));
        first.toolUse("hand_over_to_next_panelist", "tool-9", "{}");

        await().until(() -> nova.streams.size() == 2);
        FakeNova.FakeStream second = nova.stream(1);
        await().until(() -> first.inputCompleted);
        assertThat(first.inputs("toolResult")).hasSize(1);
        assertThat(first.names()).endsWith("promptEnd", "sessionEnd");
        assertThat(conversation.calls("control")).containsExactly("control|HAND_OFF|1|3|null");
        // No overlapping voices: the new panelist's session opens only after the last words have played.
        assertThat(timeline.indexOf("finished|Thanks, that's all from me.|false"))
                .isLessThan(timeline.indexOf("open:1"));

        await().until(() -> second.inputs("promptStart").size() == 1);
        assertThat(second.inputs("promptStart").get(0).at("/audioOutputConfiguration/voiceId").asString())
                .isEqualTo("tiffany");
        await().until(() -> second.texts("USER").stream().anyMatch(t -> t.contains("Introduce yourself once")));
        assertThat(second.texts("SYSTEM").get(0)).contains("You are Priya", "Question prod-1?")
                .doesNotContain("Question tech-1?");
        assertThat(second.texts("ASSISTANT")).anyMatch(t -> t.contains("that's all from me"));

        // The old session's late greeting never reaches the candidate; the new one introduces itself once.
        first.assistantSays("Hello again from Alex", pcm(5));
        second.assistantSays("Hi, I'm Priya. Tell me about a product decision.", pcm(5));
        await().until(() -> conversation.count("finished") == 2);
        assertThat(conversation.calls("started")).hasSize(2);
        assertThat(conversation.calls("started").get(1)).contains("|1|24000");
        assertThat(conversation.calls()).noneMatch(c -> c.contains("Hello again from Alex"));
    }

    /** Records the callbacks as short strings, in order. */
    static final class RecordingConversation implements VoiceConversation {

        private final List<String> calls = new CopyOnWriteArrayList<>();
        private final List<String> timeline;
        private volatile long audioBytes;

        RecordingConversation(List<String> timeline) {
            this.timeline = timeline;
        }

        private void add(String call) {
            calls.add(call);
            timeline.add(call);
        }

        List<String> calls() {
            return List.copyOf(calls);
        }

        List<String> calls(String prefix) {
            return calls.stream().filter(c -> c.equals(prefix) || c.startsWith(prefix + "|")).toList();
        }

        long count(String prefix) {
            return calls(prefix).size();
        }

        long audioBytes() {
            return audioBytes;
        }

        @Override
        public InterviewerReply opening() {
            return new InterviewerReply("Hello Sam, first question.", 0, 0, 0, InterviewerReply.Action.CONTINUE, null);
        }

        @Override
        public InterviewerMove decide(CandidateInput input) {
            throw new AssertionError("a speech-to-speech provider decides turns itself");
        }

        @Override
        public boolean commit(InterviewerMove move) {
            throw new AssertionError("a speech-to-speech provider decides turns itself");
        }

        @Override
        public void candidateSpeechStarted(String messageId) {
            add("speechStarted");
        }

        @Override
        public void candidatePartial(String messageId, String text) {
            add("partial|" + text);
        }

        @Override
        public void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed,
                List<RecognizedWord> words) {
            add("candidateFinal|" + text + "|" + (typed ? "typed" : "spoken"));
        }

        @Override
        public void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate) {
            add("started|" + text + "|" + speakerIndex + "|" + sampleRate);
        }

        @Override
        public void interviewerAudio(String messageId, byte[] pcm16le) {
            audioBytes += pcm16le.length;
            add("audio|" + pcm16le.length);
        }

        @Override
        public void interviewerFinished(String messageId, String spokenText, boolean interrupted) {
            add("finished|" + spokenText + "|" + interrupted);
        }

        @Override
        public void bargeIn() {
            add("bargeIn");
        }

        @Override
        public void control(InterviewerReply reply) {
            add("control|" + reply.action() + "|" + reply.speakerIndex() + "|" + reply.questionIndex() + "|"
                    + reply.challengeId());
        }

        @Override
        public void error(String code, String message) {
            add("error|" + code);
        }
    }
}
