package com.interviewed.voice.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.interviewer.CandidateInput;
import com.interviewed.interviewer.InterviewerReply;
import com.interviewed.interviewer.InterviewerReply.Action;
import com.interviewed.questions.InterviewPlan;
import com.interviewed.questions.Persona;
import com.interviewed.questions.Seniority;
import com.interviewed.speech.RecognitionListener;
import com.interviewed.speech.RecognitionStream;
import com.interviewed.speech.RecognizedWord;
import com.interviewed.speech.SpeechRecognizer;
import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.voice.InterviewerMove;
import com.interviewed.voice.VoiceConversation;
import com.interviewed.voice.VoiceProperties;
import com.interviewed.voice.VoiceSessionSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Turn-taking of the offline pipeline on a scripted timeline, on a manual clock and loop (no sleeps, no threads):
 * the synthesiser makes 200 ms of audio per word, and the test plays the candidate's part through the recogniser's
 * listener.
 */
class CascadeVoiceSessionTest {

    private static final Persona PERSONA = new Persona("p", "Sam", "female", "slt", "tiffany", "warm", null,
            List.of(), List.of(), List.of(), List.of());
    /** 13 words: 2.6 s of audio. */
    private static final String GREETING = "Hello and welcome. Tell me about a project you are proud of and why.";

    private final ManualLoop loop = new ManualLoop();
    private final FakeRecognizer recognizer = new FakeRecognizer();
    private final RecordingConversation conversation = new RecordingConversation();
    private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();
    private CascadeVoiceSession session;

    private CascadeVoiceSession open(boolean recognitionAvailable, Duration continuationWindow) {
        recognizer.available = recognitionAvailable;
        VoiceSessionSpec spec = new VoiceSessionSpec(UUID.randomUUID(),
                new InterviewPlan("backend", Seniority.MID, 15, 1, List.of()), List.of(PERSONA), 0, "Ada", null,
                List.of());
        VoiceProperties.Turn turn = new VoiceProperties.Turn(Duration.ofMillis(500), Duration.ofMillis(1_000),
                continuationWindow, Duration.ofSeconds(5), Duration.ZERO, 1, true);
        session = new CascadeVoiceSession(spec, conversation, recognizer, CascadeVoiceSessionTest::wordTimed, turn,
                loop, ReplyTimers.register(meterRegistry));
        return session;
    }

    private CascadeVoiceSession open() {
        return open(true, Duration.ofMillis(1_500));
    }

    /** Greets with {@code greeting}, lets it play out, and queues the replies that follow. */
    private void greeted(String greeting, String... replies) {
        conversation.replies.add(reply(greeting));
        for (String reply : replies) {
            conversation.replies.add(reply(reply));
        }
        open().start();
        loop.advance(greeting.split(" ").length * 200L + 10);
        assertThat(conversation.log).contains("finished:" + greeting + ":false");
    }

    private RecognitionListener candidate() {
        return recognizer.listener;
    }

    @Test
    void greetsSentenceBySentenceCommitsAsItSpeaksAndFinishesWhenPlaybackEnds() {
        conversation.replies.add(reply("Hi. Ready?"));
        open().start();
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("decide:Start[]", "commit:Hi. Ready?", "started:Hi. Ready?");
        assertThat(conversation.log).doesNotContain("finished:Hi. Ready?:false");
        loop.advance(600);
        assertThat(conversation.log).contains("finished:Hi. Ready?:false");
        assertThat(conversation.audioChunks).isGreaterThanOrEqualTo(2);
    }

    @Test
    void whileItSpeaksWhatHasBeenPlayedIsReportedSentenceBySentenceSoACrashKeepsOnlyThat() {
        conversation.replies.add(reply(GREETING));
        open().start();
        loop.advance(500);
        assertThat(conversation.log).noneMatch(line -> line.startsWith("heard:"));

        loop.advance(200); // "Hello and welcome." is 600 ms of audio
        assertThat(conversation.log).contains("heard:Hello and welcome.");
        loop.advance(3_000);
        // The last sentence is settled by the finish itself.
        assertThat(conversation.log).filteredOn(line -> line.startsWith("heard:")).hasSize(1);
        assertThat(conversation.log).containsSubsequence("heard:Hello and welcome.", "finished:" + GREETING + ":false");
    }

    @Test
    void wordsWhileTheInterviewerTalksCutItOffAtOnceKeepingOnlyWhatWasHeard() {
        conversation.replies.add(reply(GREETING));
        open().start();
        loop.advance(700); // the candidate lets the interviewer say three words and a half

        candidate().onSpeechStarted(700);
        candidate().onPartial("um");
        assertThat(conversation.log).doesNotContain("barge-in");
        candidate().onPartial("wait i");
        // The priority lane: the browser is told before the worker has run anything.
        assertThat(conversation.log).contains("barge-in");
        candidate().onFinal("wait i have a question", 700, 2_000);
        loop.runPending();

        assertThat(conversation.log).contains("finished:Hello and welcome.:true", "final:wait i have a question:false");
        assertThat(conversation.log).containsSubsequence("barge-in", "finished:Hello and welcome.:true",
                "decide:Answer[text=wait i have a question]");
    }

    @Test
    void aCoughDuringTheQuestionNeitherCutsItNorIsAnAnswer() {
        conversation.replies.add(reply(GREETING));
        open().start();
        loop.advance(700);

        candidate().onSpeechStarted(700);
        candidate().onFinal("", 700, 900);
        loop.advance(3_000);

        assertThat(conversation.log).doesNotContain("barge-in").contains("finished:" + GREETING + ":false");
        assertThat(conversation.log).noneMatch(l -> l.startsWith("final:") || l.startsWith("decide:Answer"));
    }

    @Test
    void aFalseInterruptionResumesTheSentenceAndTheTurnStaysWhole() {
        conversation.replies.add(reply(GREETING));
        open().start();
        loop.advance(1_000); // into the second sentence

        candidate().onSpeechStarted(1_000);
        candidate().onPartial("so");
        candidate().onFinal("uh", 1_000, 1_300);
        loop.runPending();
        assertThat(conversation.log).containsSubsequence("barge-in", "resumed");
        loop.advance(3_000);

        assertThat(conversation.log).contains("finished:" + GREETING + ":false");
        assertThat(conversation.log).noneMatch(l -> l.endsWith(":true"));
        // Resumed from the start of the sentence that was cut: "Tell me about a project you are proud of and why."
        assertThat(conversation.audioBytesAfterResume).isEqualTo(11 * 3_200 * 2);
    }

    @Test
    void aFinishedUtteranceIsStoredThenAnswered() {
        greeted("Hi.", "Thanks. Next question.");

        candidate().onSpeechStarted(2_000);
        candidate().onPartial("i built");
        candidate().onFinal("i built a payment service", 2_000, 4_000);
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("speech-started", "partial:i built",
                "final:i built a payment service:false", "decide:Answer[text=i built a payment service]",
                "started:Thanks. Next question.");
        assertThat(meterRegistry.get("interviewed.voice.reply").tag("stage", "first-audio").timer().count())
                .isEqualTo(1);
    }

    @Test
    void aReplyIsCommittedOnlyOnceTheAnswerCanNoLongerBeContinued() {
        greeted("Hi.", "Okay. Tell me about the team.");
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i built a payment service", 2_000, 4_000);
        loop.runPending();
        assertThat(conversation.log).contains("started:Okay. Tell me about the team.")
                .doesNotContain("commit:Okay. Tell me about the team.");

        loop.advance(1_500);

        assertThat(conversation.log).contains("commit:Okay. Tell me about the team.");
    }

    @Test
    void speakingAgainSoonAfterAnAnswerContinuesItAndTheCutReplyIsNeverCommitted() {
        greeted("Hi.", "Okay. Tell me about the team.", "Thanks. Next question.");
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i built a payment service", 2_000, 4_000);
        loop.advance(400);

        candidate().onSpeechStarted(4_900);
        candidate().onPartial("in java");
        candidate().onFinal("in java", 4_900, 5_600);
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("final:i built a payment service:false", "barge-in",
                "continued:i built a payment service in java",
                "decide:Answer[text=i built a payment service in java]", "started:Thanks. Next question.");
        assertThat(conversation.log).contains("partial:i built a payment service in java");
        assertThat(conversation.log).anyMatch(l -> l.startsWith("finished:Okay.") && l.endsWith(":true"));
        assertThat(conversation.log).doesNotContain("commit:Okay. Tell me about the team.");
        assertThat(conversation.log).filteredOn(l -> l.startsWith("final:")).hasSize(1);
    }

    @Test
    void eachWordsConfidenceReachesTheConversationAndAContinuedAnswerKeepsAllOfThem() {
        greeted("Hi.", "Okay. Tell me about the team.", "Thanks. Next question.");
        List<RecognizedWord> first = List.of(new RecognizedWord("i", 0.9, 2_000, 2_100),
                new RecognizedWord("used", 0.8, 2_100, 2_400), new RecognizedWord("kafka", 0.3, 2_400, 3_000));
        List<RecognizedWord> second = List.of(new RecognizedWord("streams", 0.45, 4_900, 5_600));
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i used kafka", 2_000, 3_000, first);
        loop.advance(400);
        candidate().onSpeechStarted(4_900);
        candidate().onFinal("streams", 4_900, 5_600, second);
        loop.advance(5_000);
        candidate().onSpeechStarted(9_000);
        candidate().onFinal("typed over", 9_000, 9_500);
        session.acceptText("a typed answer");
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("final:i used kafka:false", "continued:i used kafka streams");
        assertThat(conversation.words.get(0)).isEqualTo(first);
        assertThat(conversation.words.get(1)).extracting(RecognizedWord::word)
                .containsExactly("i", "used", "kafka", "streams");
        assertThat(conversation.words.get(1)).extracting(RecognizedWord::unsure)
                .containsExactly(false, false, true, true);
        // A final without confidence (and a typed answer) carries no words, so nothing is shown as unsure.
        assertThat(conversation.words.subList(2, conversation.words.size())).allMatch(List::isEmpty).hasSize(2);
    }

    @Test
    void speakingAgainAfterTheWindowIsANewAnswer() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Okay."));
        conversation.replies.add(reply("Go on."));
        open(true, Duration.ofMillis(500)).start();
        loop.advance(300);
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i built a payment service", 2_000, 4_000);
        loop.advance(1_000);

        candidate().onSpeechStarted(6_000);
        candidate().onFinal("in java", 6_000, 6_600);
        loop.runPending();

        assertThat(conversation.log).contains("commit:Okay.", "final:in java:false", "started:Go on.")
                .noneMatch(l -> l.startsWith("continued:"));
    }

    @Test
    void anAnswerThatTrailsOffIsGivenAMomentMoreBeforeTheReply() {
        greeted("Hi.", "I see.");
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i built a payment service and", 2_000, 4_000);
        loop.advance(400);
        assertThat(conversation.log).noneMatch(l -> l.startsWith("decide:Answer"));

        loop.advance(200);
        assertThat(conversation.log).contains("started:I see.");
    }

    @Test
    void speakingDuringThatMomentContinuesTheAnswerWithASingleReply() {
        greeted("Hi.", "I see.");
        candidate().onSpeechStarted(2_000);
        candidate().onFinal("i built a payment service and", 2_000, 4_000);
        loop.advance(200);

        candidate().onSpeechStarted(4_600);
        candidate().onFinal("we shipped it", 4_600, 5_400);
        loop.advance(2_000);

        assertThat(conversation.log).containsSubsequence("continued:i built a payment service and we shipped it",
                "decide:Answer[text=i built a payment service and we shipped it]", "started:I see.");
        assertThat(conversation.log).filteredOn(l -> l.startsWith("decide:Answer")).hasSize(1);
        assertThat(conversation.log).doesNotContain("barge-in");
    }

    @Test
    void aSlowInterviewerDelaysNeitherPartialsNorTheInterruption() {
        greeted(GREETING, "Right.");
        conversation.replies.addFirst(reply(GREETING));
        candidate().onSpeechStarted(3_000);
        candidate().onFinal("i built a payment service", 3_000, 4_000);
        loop.holdDecisions(true);
        loop.advance(5_000); // the interviewer is still deciding

        candidate().onSpeechStarted(9_000);
        candidate().onPartial("and then");
        loop.runPending();

        assertThat(loop.decisionsWaiting()).isEqualTo(1);
        assertThat(conversation.log).contains("partial:and then");
    }

    @Test
    void aTypedAnswerInterruptsAndIsAnswered() {
        conversation.replies.add(reply(GREETING));
        conversation.replies.add(reply("Good."));
        open(false, Duration.ofMillis(1_500)).start();
        loop.advance(500);

        session.acceptText("I would rather type");
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("barge-in", "finished:Hello and:true",
                "final:I would rather type:true", "decide:Answer[text=I would rather type]", "started:Good.");
    }

    @Test
    void silenceAfterAQuestionGetsAGentlePromptAndTheNextWaitsTwiceAsLong() {
        greeted("Hi.", "Take your time.", "Still there?");
        loop.advance(4_900);
        assertThat(conversation.log).noneMatch(l -> l.startsWith("decide:Silence"));
        loop.advance(200);
        assertThat(conversation.log).contains("decide:Silence[seconds=5]");

        loop.advance(9_000);
        assertThat(conversation.log).filteredOn(l -> l.startsWith("decide:Silence")).hasSize(1);
        loop.advance(2_000);
        assertThat(conversation.log).contains("decide:Silence[seconds=10]");
    }

    @Test
    void aMoveDecidedOnAStateThatChangedMeanwhileIsDecidedAgain() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Hello again."));
        conversation.movedOnWhileDeciding = true; // something else moves the interview on meanwhile
        open().start();
        loop.runPending();

        assertThat(conversation.log).containsSubsequence("decide:Start[]", "stale:Hi.", "decide:Start[]",
                "commit:Hello again.", "started:Hello again.");
        assertThat(conversation.log).doesNotContain("started:Hi.");
    }

    @Test
    void withoutRecognitionTheCandidateIsToldToTypeAndTypingWorks() {
        conversation.replies.add(reply("Hi."));
        conversation.replies.add(reply("Noted."));
        open(false, Duration.ofMillis(1_500)).start();

        session.acceptAudio(new short[1600], 1600);
        session.acceptText("typed");
        loop.runPending();

        assertThat(conversation.log).contains("unavailable", "started:Noted.");
        assertThat(recognizer.opened).isFalse();
    }

    @Test
    void closingDuringAReplyRecordsWhatWasHeard() {
        conversation.replies.add(reply(GREETING));
        open().start();
        loop.advance(700);

        session.close();
        loop.runPending();

        assertThat(conversation.log).contains("finished:Hello and welcome.:true");
        loop.advance(5_000);
        assertThat(conversation.log).filteredOn(l -> l.startsWith("finished:")).hasSize(1);
    }

    private static InterviewerReply reply(String text) {
        return new InterviewerReply(text, 0, 0, 0, Action.CONTINUE, null);
    }

    /** 200 ms of silence-valued audio per word. */
    private static SynthesizedSpeech wordTimed(String text, String voice) {
        int words = text.split("\\s+").length;
        return new SynthesizedSpeech(new byte[words * 3_200 * 2], 16_000);
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

    /** Records every call as a short line; replies come from a queue, and commits check a version like the real one. */
    private static final class RecordingConversation implements VoiceConversation {
        final List<String> log = new CopyOnWriteArrayList<>();
        final Deque<InterviewerReply> replies = new ArrayDeque<>();
        /** The words of each final and continuation, in order. */
        final List<List<RecognizedWord>> words = new CopyOnWriteArrayList<>();
        volatile long version;
        volatile boolean movedOnWhileDeciding;
        volatile int audioChunks;
        volatile long audioBytesAfterResume;
        private volatile boolean resumed;

        @Override
        public synchronized InterviewerMove decide(CandidateInput input) {
            log.add("decide:" + input);
            InterviewerReply reply = replies.poll();
            InterviewerMove move = new InterviewerMove(input,
                    reply == null ? new InterviewerReply("", 0, 0, 0, Action.WAIT, null) : reply, version);
            if (movedOnWhileDeciding) {
                movedOnWhileDeciding = false;
                version++;
            }
            return move;
        }

        @Override
        public synchronized boolean commit(InterviewerMove move) {
            if (move.stateVersion() != version) {
                log.add("stale:" + move.reply().text());
                return false;
            }
            version++;
            log.add("commit:" + move.reply().text());
            return true;
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
        public void candidateFinal(String messageId, String text, long startMillis, long endMillis, boolean typed,
                List<RecognizedWord> words) {
            log.add("final:" + text + ":" + typed);
            this.words.add(words);
        }

        @Override
        public void candidateContinued(String messageId, String wholeText, long endMillis,
                List<RecognizedWord> wholeWords) {
            log.add("continued:" + wholeText);
            this.words.add(wholeWords);
        }

        @Override
        public void interviewerStarted(String messageId, int speakerIndex, String text, int sampleRate) {
            log.add("started:" + text);
        }

        @Override
        public void interviewerHeard(String messageId, String heardText) {
            log.add("heard:" + heardText);
        }

        @Override
        public void interviewerResumed(String messageId, int sampleRate) {
            resumed = true;
            log.add("resumed");
        }

        @Override
        public void interviewerAudio(String messageId, byte[] pcm16le) {
            audioChunks++;
            if (resumed) {
                audioBytesAfterResume += pcm16le.length;
            }
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
        public void speechUnavailable(String reason) {
            log.add("unavailable");
        }

        @Override
        public void error(String code, String message) {
            log.add("error:" + code);
        }
    }
}
