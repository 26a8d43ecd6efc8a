package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FliteSynthesizerTest {

    static final String QUESTION = "Tell me about a project you are proud of.";

    static FliteSynthesizer synthesizer;

    @BeforeAll
    static void start() {
        synthesizer = new FliteSynthesizer(SpeechFixtures.synthesizerProperties());
        assertThat(synthesizer.missing()).as("run bin/setup to install flite and sox").isEmpty();
    }

    @AfterAll
    static void stop() {
        synthesizer.close();
    }

    @Test
    void offersDistinctInterviewerVoices() {
        assertThat(synthesizer.voices()).hasSizeGreaterThanOrEqualTo(5)
                .contains("rms", "slt", "awb", "rms-deep", "slt-low");
        assertThat(synthesizer.available()).isTrue();
    }

    @Test
    void everyVoiceSpeaksAQuestionAt16kHzInAPlausibleTime() {
        for (String voice : synthesizer.voices()) {
            SynthesizedSpeech speech = synthesizer.synthesize(QUESTION, voice);

            assertThat(speech.sampleRate()).as(voice).isEqualTo(16_000);
            // Eight words: between about 1.5 and 5 seconds in any voice.
            assertThat(speech.durationMillis()).as(voice).isBetween(1_500L, 5_000L);
            assertThat(rms(speech)).as(voice + " is audible").isGreaterThan(300);
        }
    }

    @Test
    void voicesSoundDifferent() {
        List<String> voices = synthesizer.voices();
        List<SynthesizedSpeech> spoken = voices.stream().map(v -> synthesizer.synthesize(QUESTION, v)).toList();
        for (int i = 0; i < spoken.size(); i++) {
            for (int j = i + 1; j < spoken.size(); j++) {
                assertThat(spoken.get(i).pcm16le()).as(voices.get(i) + " vs " + voices.get(j))
                        .isNotEqualTo(spoken.get(j).pcm16le());
            }
        }
        // The female voices are higher, the deep variant lower; the variants are slower.
        double rms = medianPitch(spoken.get(voices.indexOf("rms")));
        double slt = medianPitch(spoken.get(voices.indexOf("slt")));
        assertThat(slt).isGreaterThan(rms * 1.3);
        assertThat(medianPitch(spoken.get(voices.indexOf("rms-deep")))).isLessThan(rms * 0.99);
        assertThat(medianPitch(spoken.get(voices.indexOf("slt-low")))).isLessThan(slt * 0.95);
        assertThat(spoken.get(voices.indexOf("rms-deep")).durationMillis())
                .isGreaterThan(spoken.get(voices.indexOf("rms")).durationMillis() * 105 / 100);
        assertThat(spoken.get(voices.indexOf("slt-low")).durationMillis())
                .isGreaterThan(spoken.get(voices.indexOf("slt")).durationMillis());
    }

    @Test
    void unknownVoiceFallsBackToTheDefault() {
        SynthesizedSpeech unknown = synthesizer.synthesize("Good morning.", "no-such-voice");
        SynthesizedSpeech missing = synthesizer.synthesize("Good morning.", null);
        SynthesizedSpeech rms = synthesizer.synthesize("Good morning.", "rms");

        assertThat(unknown.pcm16le()).isEqualTo(rms.pcm16le());
        assertThat(missing.pcm16le()).isEqualTo(rms.pcm16le());
    }

    @Test
    void hostileAndOddTextIsSpokenAndNeverInterpreted(@TempDir Path directory) {
        Path marker = directory.resolve("pwned");
        List<String> texts = List.of(
                "$(touch " + marker + ") `touch " + marker + "`; touch " + marker + " && rm -rf /",
                "-t --help -o " + marker,
                "He said \"don't\" and 'won't' \\ | > < * ? ! # %",
                "Caf\u00e9 na\u00efve r\u00e9sum\u00e9 \u2014 \u201cquoted\u201d \u2019tis \u4f60\u597d \ud83d\ude80",
                "line one\nline two\ttab\u0000null\u0007bell");
        for (String text : texts) {
            SynthesizedSpeech speech = synthesizer.synthesize(text, "slt");
            assertThat(speech.durationMillis()).as(text).isGreaterThan(300);
        }
        assertThat(marker).doesNotExist();
        assertThat(FliteSynthesizer.speakable(texts.get(3)))
                .isEqualTo("Cafe naive resume , \"quoted\" 'tis");
    }

    @Test
    void speaksLongTextAndNothingForBlankText() {
        String sentence = "We shipped the release on time. ";
        String longText = sentence.repeat(2_000 / sentence.length() + 1).substring(0, 2_000);

        SynthesizedSpeech speech = synthesizer.synthesize(longText, "rms");

        assertThat(speech.durationMillis()).isBetween(60_000L, 400_000L);
        assertThat(synthesizer.synthesize("  \n ", "rms").durationMillis()).isZero();
        assertThat(synthesizer.synthesize(null, "rms").durationMillis()).isZero();
        assertThatThrownBy(() -> synthesizer.synthesize("a".repeat(FliteSynthesizer.MAX_TEXT_LENGTH + 1), "rms"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void synthesisesSeveralSentencesAtOnce() throws Exception {
        List<String> sentences = List.of("Welcome to your interview.", "Tell me about yourself.",
                "What was the hardest bug you fixed?", "How do you handle disagreement?",
                "Thank you, that is all for today.", "Do you have any questions?");
        List<String> voices = synthesizer.voices();
        ExecutorService threads = Executors.newFixedThreadPool(sentences.size());
        try {
            List<Future<SynthesizedSpeech>> futures = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i);
                String voice = voices.get(i % voices.size());
                futures.add(threads.submit(() -> synthesizer.synthesize(sentence, voice)));
            }
            for (int i = 0; i < sentences.size(); i++) {
                SynthesizedSpeech expected = synthesizer.synthesize(sentences.get(i), voices.get(i % voices.size()));
                assertThat(futures.get(i).get().pcm16le()).isEqualTo(expected.pcm16le());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void killsASynthesisThatTakesTooLong() {
        SpeechProperties.Synthesizer base = SpeechFixtures.synthesizerProperties();
        try (FliteSynthesizer hasty = new FliteSynthesizer(new SpeechProperties.Synthesizer(true, base.flite(),
                base.sox(), "rms", Duration.ofMillis(1), 1))) {
            assertThatThrownBy(() -> hasty.synthesize("This sentence takes longer than a millisecond. ".repeat(20),
                    "rms"))
                    .isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("longer than");
        }
    }

    @Test
    void isUnavailableWithoutFliteAndDropsTheVariantsWithoutSox() {
        SpeechProperties.Synthesizer base = SpeechFixtures.synthesizerProperties();
        try (FliteSynthesizer noFlite = new FliteSynthesizer(new SpeechProperties.Synthesizer(true,
                "/nonexistent/flite", base.sox(), "rms", base.timeout(), 1));
                FliteSynthesizer noSox = new FliteSynthesizer(new SpeechProperties.Synthesizer(true, base.flite(),
                        "/nonexistent/sox", "rms", base.timeout(), 1))) {

            assertThat(noFlite.available()).isFalse();
            assertThat(noFlite.voices()).isEmpty();
            assertThat(noFlite.missing()).anySatisfy(m -> assertThat(m).startsWith("flite"));
            assertThatThrownBy(() -> noFlite.synthesize("Hello.", "rms"))
                    .isInstanceOf(SpeechUnavailableException.class).hasMessageContaining("flite");

            assertThat(noSox.available()).isTrue();
            assertThat(noSox.voices()).contains("rms", "slt", "awb").doesNotContain("slt-low", "rms-deep");
            assertThat(noSox.missing()).singleElement().asString().startsWith("sox");
            assertThat(noSox.synthesize("Hello.", "slt-low").pcm16le())
                    .isEqualTo(noSox.synthesize("Hello.", "rms").pcm16le());
        }
    }

    @Test
    void writesNoTemporaryFiles() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = Files.list(tmp)) {
            before = files.count();
        }
        synthesizer.synthesize("Nothing is left behind.", "slt-low");
        try (var files = Files.list(tmp)) {
            assertThat(files.count()).isLessThanOrEqualTo(before);
        }
    }

    static double rms(SynthesizedSpeech speech) {
        short[] samples = SpeechFixtures.samples(speech);
        double sum = Arrays.stream(toInts(samples)).mapToDouble(s -> (double) s * s).sum();
        return Math.sqrt(sum / samples.length);
    }

    /** Median fundamental frequency (Hz) of the loud 40 ms frames, by autocorrelation over 60-400 Hz. */
    static double medianPitch(SynthesizedSpeech speech) {
        short[] samples = SpeechFixtures.samples(speech);
        int frame = 640;
        List<Double> pitches = new ArrayList<>();
        for (int start = 0; start + frame + 267 < samples.length; start += frame) {
            double energy = 0;
            for (int i = 0; i < frame; i++) {
                energy += (double) samples[start + i] * samples[start + i];
            }
            if (Math.sqrt(energy / frame) < 1000) {
                continue;
            }
            int bestLag = 0;
            double best = 0;
            for (int lag = 40; lag <= 266; lag++) {
                double correlation = 0;
                for (int i = 0; i < frame; i++) {
                    correlation += (double) samples[start + i] * samples[start + i + lag];
                }
                if (correlation > best) {
                    best = correlation;
                    bestLag = lag;
                }
            }
            if (best > 0.5 * energy) {
                pitches.add(16_000.0 / bestLag);
            }
        }
        assertThat(pitches).as("voiced frames").hasSizeGreaterThan(5);
        return pitches.stream().sorted().toList().get(pitches.size() / 2);
    }

    private static int[] toInts(short[] samples) {
        int[] ints = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            ints[i] = samples[i];
        }
        return ints;
    }
}
