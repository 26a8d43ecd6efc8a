package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpeechOnsetDetectorTest {

    final Random random = new Random(3);
    final SpeechOnsetDetector detector = new SpeechOnsetDetector(16_000, 12);

    @Test
    void steadyNoiseFromTheFirstSampleIsNotSpeech() {
        assertThat(feed(noise(600), 5_000)).isEqualTo(-1);
    }

    @Test
    void speechOverNoiseIsDetectedWithinAHundredMilliseconds() {
        feed(noise(300), 2_000);

        assertThat(feed(tone(8_000, 300), 1_000)).isBetween(60L, 100L);
        assertThat(detector.lookbackSamples()).isBetween(60L * 16, 100L * 16);
    }

    @Test
    void aNoiseThatStartsAndStaysBecomesTheFloorWithinTheWindow() {
        feed(noise(100), 1_000);
        assertThat(feed(noise(3_000), 200)).isBetween(60L, 100L);

        for (int t = 0; t < SpeechOnsetDetector.WINDOW_MILLIS + 300; t += 20) {
            detector.accept(noise(3_000).apply(320), 320);
        }

        assertThat(detector.accept(noise(3_000).apply(320), 320)).isFalse();
        assertThat(detector.quietFor()).isPositive();
    }

    @Test
    void hissAfterDigitalSilenceIsNotSpeech() {
        feed(ms -> new short[ms], 3_000);

        assertThat(feed(noise(30), 3_000)).isEqualTo(-1);
    }

    @Test
    void aLongAnswerWithPausesBetweenWordsStaysSpeech() {
        feed(noise(100), 1_000);
        for (int word = 0; word < 40; word++) {
            feed(tone(6_000, 200), 300);
            feed(noise(100), 120);
            if (word > 0) {
                assertThat(detector.quietFor()).isLessThan(16L * 150);
            }
        }
        assertThat(feed(tone(6_000, 200), 300)).isBetween(60L, 100L);
    }

    /** Feeds 20 ms blocks for {@code millis}; returns the milliseconds until speech was established, or -1. */
    private long feed(java.util.function.IntFunction<short[]> source, int millis) {
        for (int t = 0; t < millis; t += 20) {
            if (detector.accept(source.apply(320), 320)) {
                return t + 20;
            }
        }
        return -1;
    }

    private java.util.function.IntFunction<short[]> noise(double rms) {
        return n -> {
            short[] block = new short[n];
            for (int i = 0; i < n; i++) {
                block[i] = (short) Math.max(-32768, Math.min(32767, random.nextGaussian() * rms));
            }
            return block;
        };
    }

    private java.util.function.IntFunction<short[]> tone(double amplitude, double hertz) {
        return n -> {
            short[] block = new short[n];
            for (int i = 0; i < n; i++) {
                block[i] = (short) (amplitude * Math.sin(2 * Math.PI * hertz * i / 16_000));
            }
            return block;
        };
    }
}
