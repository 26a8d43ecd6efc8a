package com.interviewed.voice.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.Seniority;
import com.interviewed.speech.RecognitionListener;
import com.interviewed.speech.RecognitionStream;
import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.voice.Conversation;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSessionSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Turn-taking of the offline pipeline on a scripted timeline, with fake recognition and synthesis: the synthesiser
 * makes 200 ms of audio per word, and the test plays the candidate's part through the recogniser's listener.
 */
class CascadeVoiceSessionTest {

    private static final Persona PERSONA = new Persona("p", "Sam", "female", "slt", "tiffany", "warm", null,
            List.of(), List.of(), List.of(), List.of());
    private static final String GREETING = "Hello and welcome. Tell me about a project you are proud of and why.";

    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);
    private final FakeRecognizer recognizer = new FakeRecognizer();
    private final RecordingConversation conversation = new RecordingConversation();
    private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
    private CascadeVoiceSession session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
        timers.shutdownNow();
    }

    private CascadeVoiceSession open(int silencePromptSeconds, boolean recognitionAvailable) {
        return open(silencePromptSeconds, recognitionAvailable, 1_500);
    }

    private CascadeVoiceSession open(int silencePromptSeconds, boolean recognitionAvailable, int continuationMillis) {
        recognizer.available = recognitionAvailable;
        VoiceSessionSpec spec = new VoiceSessionSpec(UUID.randomUUID(),
                new InterviewPlan("backend", Seniority.MID, 15, 1, List.of()), List.of(PERSONA), 0, "Ada", null,
                List.of());
        WordTimedSynthesizer synthesizer = new WordTimedSynthesizer();
        session = new CascadeVoiceSession(spec, conversation, recognizer, synthesizer, new PhraseCache(synthesizer),
                new VoiceProperties("cascade", silencePromptSeconds, 0, continuationMillis,
                        Math.min(500, continuationMillis)), timers,
                ReplyTimers.register(meterRegistry), () -> System.nanoTime() / 1_000_000);
        return session;
    }

    @Test
    void greetsSentenceBySentenceAndFinishesWhenPlaybackEnds() {
        conversation.replies.add(reply("Hi. Ready?"));
        open(60, true).start();

        await().atMost(Duration.ofSeconds(5)).until(() -> conversation.log.contains("finished:Hi. Ready?:false"));
        assertThat(conversation.log).startsWith("opening", "started:Hi. Ready?");
        assertThat(conversation.audioChunks).isGreaterThanOrEqualTo(2);
    }

    @Test
    void speechWhileTheInterviewerTalksIsABargeInKeepingOnlyWhatWasHeard() throws Exception {
        conversation.replies.add(reply(GREETING));
        open(60, true).start();
        await().atMost(Duration.ofSeconds(5)).until(() -> conversation.log.contains("started:" + GREETING));
        Thread.sleep(700); // the candidate lets the interviewer say about three words

        recognizer.listener.onSpeechStarted(1_000);

        assertThat(conversation.log).contains("barge-in");
        await().until(() -> conversation.log.stream().anyMatch(l -> l.startsWith("finished:")));
        String finished = conversation.log.stream().filter(l -> l.startsWith("finished:")).findFirst().orElseThrow();
        assertThat(finished).endsWith(":true");
        String heard = finished.substring("finished:".length(), finished.length() - ":true".length());
        assertThat(GREETING).startsWith(heard);
        assertThat(heard.split(" ")).hasSizeBetween(1, 6);
    }

    @Test
    void aFinishedUtteranceIsStoredThenAnswered() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Thanks. Next question."));
        open(60, true).start();
        await().until(() -> conversation.log.contains("finished:Hi.:false"));

        recognizer.listener.onSpeechStarted(2_000);
        recognizer.listener.onPartial("i built");
        recognizer.listener.onFinal("i built a payment service", 2_000, 4_000);

        await().until(() -> conversation.log.contains("started:Thanks. Next question."));
        assertThat(conversation.log).containsSubsequence("speech-started", "partial:i built",
                "final:i built a payment service:false", "next:Answer[text=i built a payment service]",
                "started:Thanks. Next question.");
        await().until(() -> meterRegistry.get("interviewed.voice.reply").tag("stage", "first-audio").timer()
                .count() == 1);
    }

    @Test
    void speakingAgainSoonAfterAnAnswerContinuesItAndTheReplyIsMadeAgain() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Okay. Tell me about the team."));
        conversation.replies.add(reply("Thanks. Next question."));
        open(60, true).start();
        await().until(() -> conversation.log.contains("finished:Hi.:false"));
        recognizer.listener.onSpeechStarted(2_000);
        recognizer.listener.onFinal("i built a payment service", 2_000, 4_000);
        await().until(() -> conversation.log.contains("started:Okay. Tell me about the team."));

        recognizer.listener.onSpeechStarted(4_900);
        recognizer.listener.onFinal("in java", 4_900, 5_600);

        await().until(() -> conversation.log.contains("started:Thanks. Next question."));
        assertThat(conversation.log).containsSubsequence("final:i built a payment service:false",
                "resumed", "barge-in", "continued:in java",
                "next:Answer[text=i built a payment service in java]", "started:Thanks. Next question.");
        assertThat(conversation.log).anyMatch(l -> l.startsWith("finished:") && l.endsWith(":true"));
        assertThat(conversation.log).filteredOn(l -> l.startsWith("final:")).hasSize(1);
    }

    @Test
    void speakingAgainAfterTheWindowIsANewAnswer() throws Exception {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Okay."));
        conversation.replies.add(reply("Go on."));
        open(60, true, 300).start();
        await().until(() -> conversation.log.contains("finished:Hi.:false"));
        recognizer.listener.onSpeechStarted(2_000);
        recognizer.listener.onFinal("i built a payment service", 2_000, 4_000);
        await().until(() -> conversation.log.contains("finished:Okay.:false"));
        Thread.sleep(400);

        recognizer.listener.onSpeechStarted(6_000);
        recognizer.listener.onFinal("in java", 6_000, 6_600);

        await().until(() -> conversation.log.contains("started:Go on."));
        assertThat(conversation.log).doesNotContain("resumed").contains("final:in java:false");
    }

    /** The greeting "Hi." has played and the candidate gave an answer that trails off; the reply will be "I see.". */
    private void answerTrailingOff() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("I see."));
        open(60, true).start();
        await().until(() -> conversation.log.contains("finished:Hi.:false"));
        recognizer.listener.onSpeechStarted(2_000);
        recognizer.listener.onFinal("i built a payment service and", 2_000, 4_000);
    }

    @Test
    void anAnswerThatTrailsOffIsGivenAMomentMoreBeforeTheReply() throws Exception {
        answerTrailingOff();
        Thread.sleep(250);
        assertThat(conversation.log).noneMatch(l -> l.startsWith("next:"));

        await().until(() -> conversation.log.contains("started:I see."));
    }

    @Test
    void speakingDuringThatMomentContinuesTheAnswerWithASingleReply() throws Exception {
        answerTrailingOff();
        Thread.sleep(200);
        recognizer.listener.onSpeechStarted(4_600);
        recognizer.listener.onFinal("we shipped it", 4_600, 5_400);

        await().until(() -> conversation.log.contains("started:I see."));
        Thread.sleep(700);
        assertThat(conversation.log).containsSubsequence("resumed", "continued:we shipped it",
                "next:Answer[text=i built a payment service and we shipped it]");
        assertThat(conversation.log).filteredOn(l -> l.startsWith("next:Answer")).hasSize(1);
        assertThat(conversation.log).doesNotContain("barge-in");
    }

    @Test
    void noiseWithoutWordsIsNotAnAnswer() {
        conversation.replies.add(reply("Hi."));
        open(60, true).start();
        await().until(() -> conversation.log.contains("finished:Hi.:false"));

        recognizer.listener.onSpeechStarted(2_000);
        recognizer.listener.onFinal("  ", 2_000, 2_300);

        assertThat(conversation.log).noneMatch(l -> l.startsWith("final:") || l.startsWith("next:"));
    }

    @Test
    void aTypedAnswerInterruptsAndIsAnswered() {
        conversation.replies.add(reply(GREETING));
        conversation.replies.add(reply("Good."));
        open(60, false).start();
        await().until(() -> conversation.log.contains("started:" + GREETING));

        session.acceptText("I would rather type");

        await().until(() -> conversation.log.contains("started:Good."));
        assertThat(conversation.log).containsSubsequence("barge-in", "final:I would rather type:true",
                "next:Answer[text=I would rather type]");
    }

    @Test
    void silenceAfterAQuestionGetsAGentlePrompt() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Take your time."));
        open(1, true).start();

        await().atMost(Duration.ofSeconds(6)).until(() -> conversation.log.stream().anyMatch(l -> l.startsWith("next:Silence")));
    }

    @Test
    void withoutRecognitionAudioIsIgnoredButTypingWorks() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Noted."));
        open(60, false).start();

        session.acceptAudio(new short[1600], 1600);
        session.acceptText("typed");

        await().until(() -> conversation.log.contains("started:Noted."));
        assertThat(recognizer.opened).isFalse();
    }

    private static InterviewerReply reply(String text) {
        return new InterviewerReply(text, 0, 0, 0, Action.CONTINUE, null);
    }

    /** 200 ms of silence-valued audio per word. */
    private static final class WordTimedSynthesizer implements SpeechSynthesizer {
        @Override
        public SynthesizedSpeech synthesize(String text, String voiceId) {
            int words = text.split("\\s+").length;
            return new SynthesizedSpeech(new byte[words * 3_200 * 2], 16_000);
        }

        @Override
        public List<String> voices() {
            return List.of("slt");
        }

        @Override
        public boolean available() {
            return true;
        }
    }

    private static final class FakeRecognizer implements SpeechRecognizer {
        volatile RecognitionListener listener;
        volatile boolean available = true;
        volatile boolean opened;

        @Override
        public RecognitionStream open(RecognitionListener listener) {
            this.listener = listener;
            opened = true;
            return new RecognitionStream() {
                @Override
                public void accept(short[] samples, int length) {
                }

                @Override
                public void flush() {
                }

                @Override
                public long audioMillis() {
                    return 0;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public boolean available() {
            return available;
        }
    }

    private static final class RecordingConversation implements Conversation {
        final List<String> log = new CopyOnWriteArrayList<>();
        volatile String lastAnswer;
        final Deque<InterviewerReply> replies = new ArrayDeque<>();
        volatile int audioChunks;

        @Override
        public synchronized InterviewerReply opening() {
            log.add("opening");
            return replies.poll();
        }

        @Override
        public synchronized InterviewerReply nextTurn(CandidateInput input) {
            log.add("next:" + input);
            InterviewerReply reply = replies.poll();
            return reply == null ? new InterviewerReply("", 0, 0, 0, Action.WAIT, null) : reply;
        }

        @Override
        public void candidateSpeechStarted(String messageId) {
            log.add("speech-started");
        }

        @Override
        public void candidatePartial(String messageId, String text) {
            log.add("partial:" + text);
        }

        @Override
        public void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed) {
            log.add("final:" + text + ":" + typed);
            lastAnswer = text;
        }

        @Override
        public boolean candidateResumed(String answerId) {
            log.add("resumed");
            return true;
        }

        @Override
        public String candidateContinued(String answerId, String text, long endMillis) {
            log.add("continued:" + text);
            return lastAnswer + " " + text;
        }

        @Override
        public void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate) {
            log.add("started:" + text);
        }

        @Override
        public void interviewerAudio(String messageId, byte[] pcm16le) {
            audioChunks++;
        }

        @Override
        public void interviewerFinished(String messageId, String spokenText, boolean interrupted) {
            log.add("finished:" + spokenText + ":" + interrupted);
        }

        @Override
        public void bargeIn() {
            log.add("barge-in");
        }

        @Override
        public void control(InterviewerReply reply) {
            log.add("control:" + reply.action());
        }

        @Override
        public void error(String code, String message) {
            log.add("error:" + code);
        }
    }
}
