package com.interviewed.speech;

import static com.interviewed.speech.SpeechFixtures.concat;
import static com.interviewed.speech.SpeechFixtures.feed;
import static com.interviewed.speech.SpeechFixtures.samples;
import static com.interviewed.speech.SpeechFixtures.silence;
import static com.interviewed.speech.SpeechFixtures.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interview vocabulary on the real pocketsphinx: words the base dictionary lacks become recognisable, the
 * context is gone when the stream closes (one pooled decoder serves both interviews), and finals carry each
 * word's confidence.
 */
class InterviewVocabularyTest {

    static final String SAID = "we stream the orders through kafka and run postgres on kubernetes";
    static final RecognitionContext BACKEND = new RecognitionContext(
            List.of("Kafka", "PostgreSQL", "K8s", "Prometheus", "Grafana"),
            List.of("How would you design an event pipeline for orders? Mention Kafka, consumer groups and Postgres.",
                    "How do you deploy services on Kubernetes without downtime?"));

    static FliteSynthesizer synthesizer;
    static PocketsphinxRecognizer recognizer;
    static short[] audio;

    @BeforeAll
    static void setUp() {
        synthesizer = new FliteSynthesizer(SpeechFixtures.synthesizerProperties());
        recognizer = new PocketsphinxRecognizer(SpeechFixtures.recognizerProperties(1));
        audio = concat(silence(300), samples(synthesizer.synthesize(SAID, "slt")), silence(1200));
    }

    @AfterAll
    static void tearDown() {
        recognizer.close();
    }

    private static SpeechFixtures.RecordingListener decode(RecognitionContext context) {
        SpeechFixtures.RecordingListener listener = new SpeechFixtures.RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener, context)) {
            listener.attach(stream);
            feed(stream, audio, 20);
        }
        assertThat(listener.finals()).hasSize(1);
        return listener;
    }

    @Test
    void missingWordsGetPronunciationsAndTheModelExpectsThem() {
        InterviewVocabulary vocabulary = recognizer.vocabulary(BACKEND);
        assertThat(vocabulary.added()).containsKeys("postgres", "kubernetes", "grafana")
                .doesNotContainKey("kafka");
        assertThat(vocabulary.added().get("kubernetes")).isEqualTo("K AH B ER N IY T S");

        List<String> general = words(decode(RecognitionContext.none()).finals().get(0).text());
        List<String> interview = words(decode(BACKEND).finals().get(0).text());
        assertThat(general).doesNotContain("postgres", "kubernetes");
        assertThat(interview).contains("kafka", "postgres", "kubernetes");
    }

    @Test
    void aClosedStreamLeavesNothingOfItsInterviewInThePooledDecoder() {
        decode(BACKEND);
        assertThat(recognizer.pool().created()).isEqualTo(1);
        // The same decoder again, without a context: the general dictionary and model (live cepstral
        // normalisation carries over between streams, so the text itself may differ from a fresh decoder's).
        List<String> after = words(decode(RecognitionContext.none()).finals().get(0).text());
        assertThat(after).doesNotContain("postgres", "kubernetes");
        assertThat(recognizer.pool().created()).isEqualTo(1);
    }

    @Test
    void anOnDemandStreamIsSetUpBeforeItsCandidateSpeaksAndAReconnectFindsItSetUp() {
        Decoder warm = null;
        for (int round = 0; round < 2; round++) {
            SpeechFixtures.RecordingListener listener = new SpeechFixtures.RecordingListener();
            try (RecognitionStream stream = recognizer.openOnDemand(listener, java.time.Duration.ofMillis(500),
                    BACKEND)) {
                listener.attach(stream);
                org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                        recognizer.pool().idle() == 1 && recognizer.pool().idleDecoderFor(backendVocabulary()));
                Decoder before = recognizer.pool().peekIdle();
                int setUps = before.setUps();
                feed(stream, audio, 20);
                // The candidate's first words went to the decoder set up for them: no set-up on the audio path.
                assertThat(((PocketsphinxStream) stream).decoder()).isSameAs(before);
                assertThat(before.setUps()).isEqualTo(setUps);
                if (warm != null) {
                    assertThat(before).isSameAs(warm);
                }
                warm = before;
            }
            assertThat(words(listener.finals().get(0).text())).contains("postgres", "kubernetes");
        }
        assertThat(recognizer.pool().created()).isEqualTo(1);
    }

    @Test
    void aCandidateWhoSpeaksWhileTheOnlyDecoderIsBeingSetUpWaitsForItInsteadOfBeingRefused() throws Exception {
        DecoderPool pool = recognizer.pool();
        java.util.concurrent.CountDownLatch settingUp = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
        Thread warmUp = new Thread(() -> pool.warm(new DecoderPool.Claim(), backendVocabulary(), decoder -> {
            settingUp.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        warmUp.start();
        assertThat(settingUp.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        java.util.concurrent.CompletableFuture<Decoder> taken = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> pool.tryAcquire(new DecoderPool.Claim(), backendVocabulary()));
        Thread.sleep(300);
        assertThat(taken).isNotDone();
        finish.countDown();
        Decoder decoder = taken.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(decoder).isNotNull();
        pool.release(decoder, true);
        warmUp.join();

        // With every decoder held by a stream, and none being set up, the answer is at once: none is free.
        Decoder held = pool.tryAcquire(new DecoderPool.Claim(), backendVocabulary());
        long started = System.nanoTime();
        assertThat(pool.tryAcquire(new DecoderPool.Claim(), backendVocabulary())).isNull();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(1));
        pool.release(held, true);
    }

    private static InterviewVocabulary backendVocabulary() {
        return recognizer.vocabulary(BACKEND);
    }

    @Test
    void finalsCarryEachWordsConfidenceAndTime() {
        SpeechFixtures.RecordingListener listener = decode(BACKEND);
        SpeechFixtures.RecordingListener.Event fin = listener.finals().get(0);
        List<RecognizedWord> words = listener.finalWords.get(0);
        assertThat(words.stream().map(RecognizedWord::word).toList()).isEqualTo(words(fin.text()));
        assertThat(words).allMatch(w -> w.confidence() >= 0 && w.confidence() <= 1);
        assertThat(words).filteredOn(w -> w.word().equals("kubernetes")).singleElement()
                .matches(w -> !w.unsure(), "kubernetes is sure");
        for (int i = 0; i < words.size(); i++) {
            RecognizedWord w = words.get(i);
            assertThat(w.startMillis()).isLessThan(w.endMillis()).isGreaterThanOrEqualTo(fin.startMillis() - 300);
            assertThat(w.endMillis()).isLessThanOrEqualTo(fin.endMillis() + 300);
            if (i > 0) {
                assertThat(w.startMillis()).isGreaterThanOrEqualTo(words.get(i - 1).endMillis() - 10);
            }
        }
    }

    @Test
    void anEmptyContextIsTheGeneralModel() {
        assertThat(recognizer.vocabulary(new RecognitionContext(List.of(" "), null)).isEmpty()).isTrue();
        assertThat(Pronunciations.toPocketsphinx("pau k ax b er1 n iy1 t s pau")).hasValue("K AH B ER N IY T S");
        assertThat(Pronunciations.toPocketsphinx("pau xx pau")).isEmpty();
    }
}
