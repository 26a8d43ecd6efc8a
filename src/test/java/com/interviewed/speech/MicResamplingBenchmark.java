package com.interviewed.speech;

import static com.interviewed.speech.SpeechFixtures.concat;
import static com.interviewed.speech.SpeechFixtures.samples;
import static com.interviewed.speech.SpeechFixtures.silence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Word error rate of the browser's capture path, old resampler against new, for docs/speech.md: flite speech is
 * upsampled with sox to what a browser's AudioContext runs at (48 and 44.1 kHz), optionally with noise above the
 * speech band added at that rate (as a real microphone and room have), then brought to 16 kHz by the real worklet
 * code run in node ({@code static/js/mic-processor.js} now, {@code mic-processor-before.js} as it was) and by sox's
 * very-high-quality resampler as the ceiling, and decoded by the project's pocketsphinx recogniser. Nothing is
 * tuned on this data (the filter's cutoff and width follow from the 16 kHz target), so all figures are
 * out-of-sample. {@code -Dbench.voices=rms,slt} limits the voices. Run with
 * {@code ./mvnw -o -B -Pbench test -Dtest=MicResamplingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class MicResamplingBenchmark {

    static final Path RESOURCES = Path.of("src/test/resources/speech/resampling");
    static final Path NEW_WORKLET = Path.of("src/main/resources/static/js/mic-processor.js");
    static final Path OLD_WORKLET = RESOURCES.resolve("mic-processor-before.js");
    /** Capture rates ({@code -Dbench.rates=48000,44100}); 48 kHz by default, the common rate of desktop browsers. */
    static final int[] CAPTURE_RATES = java.util.Arrays.stream(System.getProperty("bench.rates", "48000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    /** Also decode sox's very-high-quality resampler, as the ceiling ({@code -Dbench.reference=true}). */
    static final boolean REFERENCE = Boolean.getBoolean("bench.reference");
    /** Noise at the capture rate: none; white noise over the whole band; noise above 8.5 kHz only. */
    static final List<String> CONDITIONS = List.of("hiss 20 dB", "above 8.5 kHz, 10 dB", "clean");
    /** The first N sentences ({@code -Dbench.sentences=10}); all 20 by default. */
    static final List<String> SENTENCES = SpeechBenchmark.SENTENCES.subList(0,
            Integer.getInteger("bench.sentences", SpeechBenchmark.SENTENCES.size()));

    @Test
    void printFigures() throws Exception {
        FliteSynthesizer synthesizer = new FliteSynthesizer(SpeechFixtures.synthesizerProperties());
        PocketsphinxRecognizer recognizer = new PocketsphinxRecognizer(SpeechFixtures.recognizerProperties(2));
        List<String> voices = List.of(System.getProperty("bench.voices", "rms,slt").split(","));
        Path dir = Files.createTempDirectory("resampling");
        StringBuilder report = new StringBuilder("\n=== Browser capture resampling: WER by resampler ("
                + SENTENCES.size() + " sentences per voice; voices " + voices + ") ===\n");
        report.append(String.format(Locale.ROOT, "%-8s %-7s %-22s %8s %8s %8s%n", "voice", "capture", "noise",
                "before", "now", "sox -v"));
        Map<String, int[]> totals = new LinkedHashMap<>();
        double nodeMsNew = 0;
        double nodeMsOld = 0;
        double audioSeconds = 0;
        for (String voice : voices) {
            // One 16 kHz track of all sentences, each with silence around it, so each tool runs once per condition.
            List<short[]> parts = new ArrayList<>();
            List<int[]> segments = new ArrayList<>();
            int at = 0;
            for (String sentence : SENTENCES) {
                short[] one = concat(silence(500), samples(synthesizer.synthesize(sentence, voice)), silence(1200));
                parts.add(one);
                segments.add(new int[] {at, at + one.length});
                at += one.length;
            }
            short[] track = concat(parts.toArray(short[][]::new));
            if (Boolean.parseBoolean(System.getProperty("bench.baseline", "true"))) {
                int baseline = errors(recognizer, track, segments);
                progress(report, String.format(Locale.ROOT, "%-8s %-7s %-22s %8s %7.1f%% (no capture path)%n",
                        voice, "16 kHz", "clean", "", percent(baseline)));
            }
            Path track16 = dir.resolve("track16.raw");
            Files.write(track16, pcm16(track));
            for (int rate : CAPTURE_RATES) {
                Path captured = dir.resolve("captured.f32");
                sox(List.of("-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1", track16.toString(),
                        "-t", "raw", "-r", String.valueOf(rate), "-e", "floating-point", "-b", "32", "-c", "1",
                        captured.toString(), "rate", "-v"));
                float[] clean = readFloats(captured);
                audioSeconds += 2.0 * CONDITIONS.size() * clean.length / rate;
                for (String condition : CONDITIONS) {
                    Path input = dir.resolve("input.f32");
                    Files.write(input, floats(withNoise(clean, rate, condition, dir)));
                    int[] e = new int[3];
                    double[] ms = new double[1];
                    e[0] = errors(recognizer, worklet(OLD_WORKLET, rate, input, dir, ms), segments);
                    nodeMsOld += ms[0];
                    e[1] = errors(recognizer, worklet(NEW_WORKLET, rate, input, dir, ms), segments);
                    nodeMsNew += ms[0];
                    e[2] = REFERENCE ? errors(recognizer, soxTo16k(input, rate, dir), segments) : -1;
                    progress(report, String.format(Locale.ROOT, "%-8s %-7s %-22s %7.1f%% %7.1f%% %7.1f%%%n", voice,
                            rate / 1000.0 + "k", condition, percent(e[0]), percent(e[1]), e[2] < 0 ? Double.NaN : percent(e[2])));
                    int[] sum = totals.computeIfAbsent(rate / 1000.0 + "k " + condition, k -> new int[3]);
                    for (int i = 0; i < 3; i++) {
                        sum[i] += e[i];
                    }
                }
            }
        }
        report.append("All voices:\n");
        totals.forEach((key, sum) -> report.append(String.format(Locale.ROOT, "  %-30s %7.1f%% %7.1f%% %7.1f%%%n",
                key, percent(sum[0], voices.size()), percent(sum[1], voices.size()),
                REFERENCE ? percent(sum[2], voices.size()) : Double.NaN)));
        report.append(String.format(Locale.ROOT, "Worklet CPU in node (incl. start-up): before %.1f ms, now %.1f ms"
                + " per second of captured audio%n", nodeMsOld * 2 / audioSeconds, nodeMsNew * 2 / audioSeconds));
        recognizer.close();
        synthesizer.close();
        System.out.println(report);
    }

    /** Each line is printed as soon as it is measured (a full run takes long on a busy machine), then in the summary. */
    private static void progress(StringBuilder report, String line) {
        System.out.print("resampling: " + line);
        System.out.flush();
        report.append(line);
    }

    private static final int WORDS = SENTENCES.stream()
            .mapToInt(s -> SpeechFixtures.words(s).size()).sum();

    private static double percent(int errors) {
        return percent(errors, 1);
    }

    private static double percent(int errors, int voices) {
        return 100.0 * errors / (WORDS * (double) voices);
    }

    /** Word errors over all sentences: each segment decoded in its own stream, all its finals joined; two at once. */
    private static int errors(PocketsphinxRecognizer recognizer, short[] audio, List<int[]> segments)
            throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                int index = i;
                results.add(pool.submit(() -> segmentErrors(recognizer, audio, segments.get(index),
                        SENTENCES.get(index))));
            }
            int errors = 0;
            for (java.util.concurrent.Future<Integer> result : results) {
                errors += result.get();
            }
            return errors;
        } finally {
            pool.shutdown();
        }
    }

    private static int segmentErrors(PocketsphinxRecognizer recognizer, short[] audio, int[] bounds,
            String sentence) {
        short[] segment = java.util.Arrays.copyOfRange(audio, Math.min(audio.length, bounds[0]),
                Math.min(audio.length, bounds[1]));
        SpeechFixtures.RecordingListener listener = new SpeechFixtures.RecordingListener();
        try (RecognitionStream stream = recognizer.open(listener)) {
            listener.attach(stream);
            SpeechFixtures.feed(stream, segment, 20);
            stream.flush();
        }
        String heard = String.join(" ", listener.finals().stream().map(SpeechFixtures.RecordingListener.Event::text)
                .toList());
        return SpeechBenchmark.wordErrors(sentence, heard);
    }

    private static float[] withNoise(float[] clean, int rate, String condition, Path dir) throws Exception {
        if (condition.equals("clean")) {
            return clean;
        }
        Random random = new Random(42);
        float[] noise = new float[clean.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) random.nextGaussian();
        }
        double snrDb = 20;
        if (condition.startsWith("above")) {
            // sox's sinc effect with a single frequency is a high-pass filter.
            Path white = dir.resolve("white.f32");
            Path high = dir.resolve("high.f32");
            Files.write(white, floats(noise));
            sox(List.of("-t", "raw", "-r", String.valueOf(rate), "-e", "floating-point", "-b", "32", "-c", "1",
                    white.toString(), "-t", "raw", "-e", "floating-point", "-b", "32", high.toString(), "sinc", "8500"));
            noise = readFloats(high);
            snrDb = 10;
        }
        double gain = rms(clean) / rms(noise) / Math.pow(10, snrDb / 20);
        float[] mixed = new float[clean.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (clean[i] + gain * (i < noise.length ? noise[i] : 0));
        }
        return mixed;
    }

    /** RMS over the audible samples (the track is mostly silence between sentences). */
    private static double rms(float[] x) {
        double sum = 0;
        int n = 0;
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        for (float v : x) {
            if (Math.abs(v) > peak / 100) {
                sum += v * v;
                n++;
            }
        }
        return Math.sqrt(sum / Math.max(1, n));
    }

    private static short[] worklet(Path worklet, int rate, Path input, Path dir, double[] ms) throws Exception {
        Path output = dir.resolve("worklet.s16");
        String out = run(List.of("node", RESOURCES.resolve("run-worklet.mjs").toString(), worklet.toString(),
                String.valueOf(rate), input.toString(), output.toString()));
        ms[0] = Double.parseDouble(out.replaceAll(".*\"ms\":([0-9.]+).*", "$1").trim());
        return readShorts(output);
    }

    private static short[] soxTo16k(Path input, int rate, Path dir) throws Exception {
        Path output = dir.resolve("sox16.raw");
        sox(List.of("-t", "raw", "-r", String.valueOf(rate), "-e", "floating-point", "-b", "32", "-c", "1",
                input.toString(), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", output.toString(), "rate",
                "-v"));
        return readShorts(output);
    }

    private static void sox(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("sox", "-V1", "-D", "-R"));
        command.addAll(arguments);
        run(command);
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }

    private static byte[] pcm16(short[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asShortBuffer().put(samples);
        return buffer.array();
    }

    private static byte[] floats(float[] samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(samples);
        return buffer.array();
    }

    private static float[] readFloats(Path path) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        float[] samples = new float[buffer.remaining() / 4];
        buffer.asFloatBuffer().get(samples);
        return samples;
    }

    private static short[] readShorts(Path path) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[buffer.remaining() / 2];
        buffer.asShortBuffer().get(samples);
        return samples;
    }
}
