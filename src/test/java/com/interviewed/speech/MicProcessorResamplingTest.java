package com.interviewed.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The browser's capture resampler ({@code static/js/mic-processor.js}, run in node as the browser runs it, in
 * render quanta of 128 samples): speech-band tones pass unchanged, and a tone above 8 kHz does not fold back into
 * the speech band, at the rates browsers' audio contexts run at.
 */
class MicProcessorResamplingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {48_000, 44_100, 16_000})
    void passesTheSpeechBandAndRemovesWhatWouldAlias(int rate) throws Exception {
        // One second: 0.5 at 1 kHz, plus 0.3 at 12 kHz when the rate can carry it (it would alias to 4 kHz at 48k).
        float[] input = new float[rate];
        for (int i = 0; i < rate; i++) {
            input[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / rate)
                    + (rate > 24_000 ? 0.3 * Math.sin(2 * Math.PI * 12_000 * i / rate) : 0));
        }
        short[] out = run(rate, input);
        assertThat(out.length).isBetween(15_000, 16_000);
        int from = 2000;
        int n = 8000;
        assertThat(amplitude(out, from, n, 1000)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.01));
        // Sampled at 16 kHz, 12 kHz would fold to 4 kHz.
        for (double f : new double[] {4000, 2000, 6000}) {
            assertThat(amplitude(out, from, n, f)).as("%s Hz at %d", f, rate).isLessThan(0.002);
        }
    }

    private short[] run(int rate, float[] input) throws Exception {
        Path in = dir.resolve("in.f32");
        Path out = dir.resolve("out.s16");
        ByteBuffer bytes = ByteBuffer.allocate(input.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(input);
        Files.write(in, bytes.array());
        Process node = new ProcessBuilder("node", "src/test/resources/speech/resampling/run-worklet.mjs",
                "src/main/resources/static/js/mic-processor.js", String.valueOf(rate), in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes());
        assertThat(node.waitFor()).as(log).isZero();
        ByteBuffer result = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[result.remaining() / 2];
        result.asShortBuffer().get(samples);
        return samples;
    }

    /** Amplitude (full scale 1.0) of the {@code frequency} component over n samples at 16 kHz. */
    private static double amplitude(short[] x, int from, int n, double frequency) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < n; i++) {
            double phase = 2 * Math.PI * frequency * i / 16_000;
            re += x[from + i] * Math.cos(phase);
            im -= x[from + i] * Math.sin(phase);
        }
        return Math.hypot(re, im) * 2 / n / 32768;
    }
}
