package com.interviewed.speech;

import static com.interviewed.speech.SpeechFixtures.concat;
import static com.interviewed.speech.SpeechFixtures.feed;
import static com.interviewed.speech.SpeechFixtures.samples;
import static com.interviewed.speech.SpeechFixtures.silence;
import static com.interviewed.speech.SpeechFixtures.wordOverlap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.interviewed.speech.SpeechFixtures.RecordingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pocketsphinx adapter on real audio: sentences spoken by the flite adapter, fed in browser-sized chunks
 * (faster than real time). Recognition is imperfect, so assertions are on robust words and word overlap.
 */
class PocketsphinxRecognizerTest {

    static final String PAYMENT = "I built a payment service in Java with a team of five engineers";
    static final String DATABASE = "We moved the database to a new server and the reports got faster";
    static final String CUSTOMERS = "My manager asked me to talk to our customers every week";

    static PocketsphinxRecognizer recognizer;
    static FliteSynthesizer synthesizer;
    static short[] payment;
    static short[] database;
    static short[] customers;

    @BeforeAll
    static void speak() {
        recognizer = new PocketsphinxRecognizer(SpeechFixtures.recognizerProperties(3));
        assertThat(recognizer.missing()).as("run bin/setup to install pocketsphinx").isEmpty();
        synthesizer = new FliteSynthesizer(SpeechFixtures.synthesizerProperties());
        payment = samples(synthesizer.synthesize(PAYMENT, "rms"));
        database = samples(synthesizer.synthesize(DATABASE, "rms"));
        customers = samples(synthesizer.synthesize(CUSTOMERS, "slt"));
    }

    @AfterAll
    static void release() {
        recognizer.close();
        synthesizer.close();
    }

    @Test
    void recognisesASpokenAnswerAfterTheTrailingSilence() {
        RecordingListener listener = new RecordingListener();
        short[] audio = concat(silence(300), payment, silence(1000));
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            feed(stream, audio, 40);
            assertThat(stream.audioMillis()).isEqualTo(audio.length / 16);
        }

        assertThat(listener.kinds()).containsExactly("started", "final");
        RecordingListener.Event fin = listener.finals().get(0);
        assertThat(fin.text()).contains("service").contains("team").contains("five");
        assertThat(wordOverlap(PAYMENT, fin.text())).isGreaterThanOrEqualTo(0.7);
        long onset = 300 + SpeechFixtures.onsetMillis(payment);
        long end = 300 + SpeechFixtures.endMillis(payment);
        assertThat(fin.startMillis()).isBetween(onset - 150, onset + 100);
        assertThat(fin.endMillis()).isBetween(end - 100, end + 150);
        // The final comes once the trailing silence (500 ms) has passed, not at the end of the input.
        assertThat(fin.deliveredAtMillis()).isBetween(end + 450, end + 700);
    }

    @Test
    void aPauseLongerThanTheTrailingSilenceEndsTheUtterance() {
        RecordingListener listener = new RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            feed(stream, concat(silence(300), payment, silence(900), database, silence(1000)), 40);
        }

        assertThat(listener.finals()).hasSize(2);
        assertThat(listener.finals().get(0).text()).contains("payment").doesNotContain("database");
    }

    @Test
    void signalsSpeechStartWithinAFewHundredthsOfASecond() {
        RecordingListener listener = new RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            feed(stream, concat(silence(1000), database, silence(1000)), 20);
        }

        RecordingListener.Event started = listener.events.get(0);
        long onset = 1000 + SpeechFixtures.onsetMillis(database);
        assertThat(started.kind()).isEqualTo("started");
        assertThat(started.deliveredAtMillis() - onset).isBetween(0L, 150L);
        assertThat(started.startMillis()).isBetween(onset - 150, onset + 50);
    }

    @Test
    void reportsChangingPartialsWhileTheCandidateSpeaks() {
        RecordingListener listener = new RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            feed(stream, concat(payment, silence(1000)), 100);
        }

        List<RecordingListener.Event> partials = listener.of("partial");
        assertThat(partials).hasSizeGreaterThan(3);
        for (int i = 1; i < partials.size(); i++) {
            assertThat(partials.get(i).text()).isNotEqualTo(partials.get(i - 1).text());
            assertThat(partials.get(i).deliveredAtMillis() - partials.get(i - 1).deliveredAtMillis())
                    .isGreaterThanOrEqualTo(200);
        }
        assertThat(listener.events.indexOf(partials.get(0))).isGreaterThan(0);
        assertThat(listener.events.get(listener.events.size() - 1).kind()).isEqualTo("final");
    }

    @Test
    void twoUtterancesSeparatedBySilenceGiveTwoFinals() {
        RecordingListener listener = new RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener)) {
            feed(stream, concat(payment, silence(1200), database, silence(1000)), 60);
        }

        assertThat(listener.kinds()).containsExactly("started", "final", "started", "final");
        assertThat(listener.finals().get(0).text()).contains("service");
        assertThat(listener.finals().get(1).text()).contains("database");
        assertThat(listener.finals().get(1).startMillis()).isGreaterThan(listener.finals().get(0).endMillis());
    }

    @Test
    void acceptsChunksOfAnySize() {
        RecordingListener listener = new RecordingListener();
        short[] audio = concat(silence(200), payment, silence(1000));
        Random random = new Random(7);
        try (RecognitionStream stream = recognizer.open(listener)) {
            for (int offset = 0; offset < audio.length; ) {
                // Tiny chunks (a few samples) as well as large ones.
                int n = Math.min(audio.length - offset, 1 + random.nextInt(random.nextBoolean() ? 8 : 3000));
                short[] chunk = new short[n + 50];
                System.arraycopy(audio, offset, chunk, 0, n);
                stream.accept(chunk, n);
                offset += n;
            }
            stream.accept(new short[0], 0);
        }

        assertThat(listener.kinds()).containsExactly("started", "final");
        assertThat(listener.finals().get(0).text()).contains("service").contains("five");
    }

    @Test
    void flushEndsTheUtteranceAtOnce() {
        RecordingListener listener = new RecordingListener();
        short[] firstHalf = java.util.Arrays.copyOf(payment, payment.length / 2);
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            feed(stream, firstHalf, 50);
            assertThat(listener.finals()).isEmpty();
            stream.flush();
            assertThat(listener.finals()).hasSize(1);
            stream.flush();
            feed(stream, silence(1500), 50);
        }

        assertThat(listener.kinds()).containsExactly("started", "final");
        RecordingListener.Event fin = listener.finals().get(0);
        assertThat(fin.text()).contains("payment").doesNotContain("engineers");
        assertThat(fin.endMillis()).isEqualTo(firstHalf.length / 16);
        assertThat(fin.deliveredAtMillis()).isEqualTo(firstHalf.length / 16);
    }

    @Test
    void silenceAndQuietNoiseGiveNoEvents() {
        RecordingListener listener = new RecordingListener();
        Random random = new Random(1);
        short[] hiss = new short[16_000 * 3];
        for (int i = 0; i < hiss.length; i++) {
            hiss[i] = (short) (random.nextGaussian() * 30);
        }
        try (RecognitionStream stream = recognizer.open(listener)) {
            feed(stream, concat(silence(3000), hiss, silence(1000)), 100);
            stream.flush();
        }

        assertThat(listener.events).isEmpty();
    }

    @Test
    void finalisesEndlessLoudInputAtTheMaximumUtteranceLength() {
        SpeechProperties.Recognizer base = SpeechFixtures.recognizerProperties(1);
        SpeechProperties.Recognizer shortUtterances = new SpeechProperties.Recognizer(true,
                base.libraryDirectories(), base.modelDirectory(), 1, 1, 0, base.acquireTimeout(),
                base.trailingSilence(), Duration.ofSeconds(2), base.partialInterval(),
                base.speechThreshold());
        short[] clipped = new short[16_000 * 5];
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = (i / 20) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
        }
        RecordingListener listener = new RecordingListener();
        try (PocketsphinxRecognizer limited = new PocketsphinxRecognizer(shortUtterances);
                RecognitionStream stream = limited.open(listener)) {
            feed(stream, concat(silence(500), clipped, silence(1500)), 100);
        }

        List<RecordingListener.Event> finals = listener.finals();
        assertThat(finals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(finals).allSatisfy(f -> assertThat(f.endMillis() - f.startMillis()).isLessThanOrEqualTo(2000));
        assertThat(listener.of("started")).hasSameSizeAs(finals);
    }

    @Test
    void closingDropsTheUtteranceInProgressAndIgnoresLaterAudio() {
        RecordingListener listener = new RecordingListener();
        RecognitionStream stream = recognizer.open(listener);
        feed(stream, payment, 100);
        stream.close();
        feed(stream, silence(1000), 100);
        stream.flush();
        stream.close();

        assertThat(listener.kinds()).containsExactly("started");
    }

    @Test
    void reusesPooledDecodersAndFailsClearlyWhenAllAreBusy() {
        SpeechProperties.Recognizer base = SpeechFixtures.recognizerProperties(1);
        SpeechProperties.Recognizer single = new SpeechProperties.Recognizer(true, base.libraryDirectories(),
                base.modelDirectory(), 1, 1, 0, Duration.ofMillis(100), base.trailingSilence(),
                base.maxUtterance(), base.partialInterval(), base.speechThreshold());
        PocketsphinxRecognizer recognizerOfOne = new PocketsphinxRecognizer(single);
        try (PocketsphinxRecognizer one = recognizerOfOne) {
            RecordingListener first = new RecordingListener();
            RecognitionStream stream = one.open(first);
            Decoder decoder = ((PocketsphinxStream) stream).decoder();

            assertThatThrownBy(() -> one.open(new RecordingListener()))
                    .isInstanceOf(SpeechUnavailableException.class)
                    .hasMessageContaining("busy").hasMessageContaining("max-decoders");

            feed(stream, concat(payment, silence(1000)), 100);
            stream.close();
            RecordingListener second = new RecordingListener();
            try (RecognitionStream again = one.open(second)) {
                assertThat(((PocketsphinxStream) again).decoder()).isSameAs(decoder);
                feed(again, concat(database, silence(1000)), 100);
            }

            assertThat(one.pool().created()).isEqualTo(1);
            assertThat(first.finals()).singleElement().satisfies(f -> assertThat(f.text()).contains("service"));
            // A reused decoder starts clean: nothing of the first stream leaks into the second.
            assertThat(second.finals()).singleElement()
                    .satisfies(f -> assertThat(f.text()).contains("database").doesNotContain("service"));
        }
        // Shutdown frees the native decoders, and nothing can be opened any more.
        assertThat(recognizerOfOne.pool().loaded()).isZero();
        assertThatThrownBy(() -> recognizerOfOne.open(new RecordingListener()))
                .isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("shutting down");
    }

    @Test
    void streamsRunConcurrentlyOnDifferentThreads() throws Exception {
        List<short[]> answers = List.of(payment, database, customers);
        List<String> expected = List.of("service", "database", "customers");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<RecordingListener>> results = new ArrayList<>();
            for (short[] answer : answers) {
                results.add(threads.submit(() -> {
                    RecordingListener listener = new RecordingListener();
                    try (RecognitionStream stream = recognizer.open(listener)) {
                        feed(stream, concat(silence(200), answer, silence(1000)), 20);
                    }
                    return listener;
                }));
            }
            for (int i = 0; i < answers.size(); i++) {
                RecordingListener listener = results.get(i).get();
                assertThat(listener.kinds()).containsExactly("started", "final");
                assertThat(listener.finals().get(0).text()).contains(expected.get(i));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(recognizer.pool().loaded()).isLessThanOrEqualTo(3);
    }

    @Test
    void isUnavailableWithoutTheLibrariesOrTheModel() {
        SpeechProperties.Recognizer base = SpeechFixtures.recognizerProperties(1);
        try (PocketsphinxRecognizer noLibrary = new PocketsphinxRecognizer(new SpeechProperties.Recognizer(true,
                List.of("/nonexistent/lib"), base.modelDirectory(), 1, 1, 0, base.acquireTimeout(),
                base.trailingSilence(), base.maxUtterance(), base.partialInterval(),
                base.speechThreshold()));
                PocketsphinxRecognizer noModel = new PocketsphinxRecognizer(new SpeechProperties.Recognizer(true,
                        base.libraryDirectories(), "/nonexistent/model", 1, 1, 0, base.acquireTimeout(),
                        base.trailingSilence(), base.maxUtterance(), base.partialInterval(),
                        base.speechThreshold()))) {

            assertThat(noLibrary.available()).isFalse();
            assertThat(noLibrary.missing()).singleElement().asString().startsWith("libpocketsphinx3");
            assertThat(noModel.available()).isFalse();
            assertThat(noModel.missing()).singleElement().asString().startsWith("pocketsphinx-en-us");
            assertThatThrownBy(() -> noLibrary.open(new RecordingListener()))
                    .isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("libpocketsphinx3");
        }
    }
}
