package com.interviewed.speech;

import static com.interviewed.speech.SpeechFixtures.concat;
import static com.interviewed.speech.SpeechFixtures.samples;
import static com.interviewed.speech.SpeechFixtures.silence;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for docs/speech.md, not a timed test: recogniser real-time factor on one core, speech-start and
 * end-of-speech-to-final latency, memory per live decoder, word error rate and synthesis time per voice.
 * {@code -Dbench.voices=rms,slt} limits the voices. Run with {@code ./mvnw -B test -Dtest=SpeechBenchmark -Dtest.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class SpeechBenchmark {

    static final List<String> SENTENCES = List.of(
            "I built a payment service in Java with a team of five engineers",
            "We moved the database to a new server and the reports got faster",
            "My manager asked me to talk to our customers every week",
            "The hardest part of the project was testing the old code",
            "I would start by asking the team what they need",
            "We used a message queue to handle the orders at night",
            "I am proud of the mobile app we shipped last year",
            "When two people disagree I try to find the facts first",
            "The system handled ten thousand requests per second",
            "I wrote the design document and presented it to the board",
            "Our tests caught the problem before the release",
            "I learned to write smaller changes and review them often",
            "The new search page made our users much happier",
            "I led the migration from the old data center to the cloud",
            "We measured the time it took to load each page",
            "I helped a junior developer fix a memory leak",
            "The budget was small so we reused an open source library",
            "I prefer to talk about the problem before writing code",
            "We cut the cost of the service in half",
            "In my next role I want to work on larger systems");

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void printFigures() throws Exception {
        FliteSynthesizer synthesizer = new FliteSynthesizer(SpeechFixtures.synthesizerProperties());
        PocketsphinxRecognizer recognizer = new PocketsphinxRecognizer(SpeechFixtures.recognizerProperties(4));
        StringBuilder report = new StringBuilder("\n=== Speech benchmark (").append(
                Runtime.getRuntime().availableProcessors()).append(" cores, load ")
                .append(String.format(Locale.ROOT, "%.1f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())).append(") ===\n");

        // Synthesis time per sentence per voice (warm: each voice once first).
        List<String> voices = System.getProperty("bench.voices") == null ? synthesizer.voices()
                : List.of(System.getProperty("bench.voices").split(","));
        report.append("\nTTS: voice | ms per sentence (mean, p95) | audio s per sentence | x real time\n");
        for (String voice : voices) {
            synthesizer.synthesize("Warm up.", voice);
            List<Double> times = new ArrayList<>();
            double audio = 0;
            for (String sentence : SENTENCES) {
                long started = System.nanoTime();
                SynthesizedSpeech speech = synthesizer.synthesize(sentence, voice);
                times.add((System.nanoTime() - started) / 1e6);
                audio += speech.durationMillis() / 1000.0;
            }
            double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            report.append(String.format(Locale.ROOT, "  %-10s %6.0f  %6.0f   %5.2f   %5.0f%n", voice, mean,
                    percentile(times, 95), audio / SENTENCES.size(), audio * 1000 / (mean * SENTENCES.size())));
        }

        // Memory per live decoder: native RSS and Java heap while three streams are open.
        System.gc();
        long rssBefore = rssKb();
        long heapBefore = usedHeap();
        List<RecognitionStream> open = new ArrayList<>();
        long loadStarted = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            open.add(recognizer.open(new SpeechFixtures.RecordingListener()));
        }
        double loadMs = (System.nanoTime() - loadStarted) / 1e6 / 3;
        System.gc();
        long rssPerDecoder = (rssKb() - rssBefore) / 3;
        long heapPerDecoder = (usedHeap() - heapBefore) / 3;
        open.forEach(RecognitionStream::close);
        long reopenStarted = System.nanoTime();
        recognizer.open(new SpeechFixtures.RecordingListener()).close();
        double reopenMs = (System.nanoTime() - reopenStarted) / 1e6;
        report.append(String.format(Locale.ROOT, "%nDecoder: load %.0f ms, reopen from pool %.2f ms, RSS %d MB,"
                + " Java heap %d KB per live decoder%n", loadMs, reopenMs, rssPerDecoder / 1024,
                heapPerDecoder / 1024));

        // Recognition per voice: word error rate, CPU real-time factor, latencies.
        report.append("\nSTT per voice: WER | RTF (thread CPU / audio) | speech-start detected after onset"
                + " p50/p95 ms | end of speech to final p50/p95 ms (700 ms trailing silence + compute)\n");
        for (String voice : voices) {
            int errors = 0;
            int words = 0;
            long cpuNanos = 0;
            double audioSeconds = 0;
            List<Double> startLatency = new ArrayList<>();
            List<Double> finalLatency = new ArrayList<>();
            List<Double> finalCompute = new ArrayList<>();
            for (String sentence : SENTENCES) {
                short[] speech = samples(synthesizer.synthesize(sentence, voice));
                short[] audio = concat(silence(500), speech, silence(1200));
                long onset = 500 + SpeechFixtures.onsetMillis(speech);
                long end = 500 + SpeechFixtures.endMillis(speech);
                TimingListener listener = new TimingListener();
                try (RecognitionStream stream = recognizer.open(listener)) {
                    listener.stream = stream;
                    long cpuStarted = THREADS.getCurrentThreadCpuTime();
                    short[] chunk = new short[320];
                    for (int offset = 0; offset < audio.length; offset += chunk.length) {
                        int n = Math.min(chunk.length, audio.length - offset);
                        System.arraycopy(audio, offset, chunk, 0, n);
                        boolean hadFinal = listener.finalAtAudio >= 0;
                        long started = THREADS.getCurrentThreadCpuTime();
                        stream.accept(chunk, n);
                        if (!hadFinal && listener.finalAtAudio >= 0) {
                            // The CPU time of the 20 ms chunk whose processing produced the final (on a busy
                            // machine the wall time is this plus waiting for a core).
                            listener.finalComputeMs = (THREADS.getCurrentThreadCpuTime() - started) / 1e6;
                        }
                    }
                    cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStarted;
                }
                audioSeconds += audio.length / 16_000.0;
                errors += wordErrors(sentence, listener.text);
                words += SpeechFixtures.words(sentence).size();
                startLatency.add((double) (listener.startedAtAudio - onset));
                finalLatency.add(listener.finalAtAudio - end + listener.finalComputeMs);
                finalCompute.add(listener.finalComputeMs);
            }
            report.append(String.format(Locale.ROOT,
                    "  %-10s WER %4.1f%%  RTF %.3f  start %3.0f/%3.0f  final %4.0f/%4.0f (compute %3.0f/%3.0f)%n",
                    voice, 100.0 * errors / words, cpuNanos / 1e9 / audioSeconds, percentile(startLatency, 50),
                    percentile(startLatency, 95), percentile(finalLatency, 50), percentile(finalLatency, 95),
                    percentile(finalCompute, 50), percentile(finalCompute, 95)));
        }
        recognizer.close();
        synthesizer.close();
        System.out.println(report);
    }

    /** Records when (in audio time) events arrive and how long the call that delivered the final took. */
    static final class TimingListener implements RecognitionListener {
        RecognitionStream stream;
        String text = "";
        long startedAtAudio = -1;
        long finalAtAudio = -1;
        double finalComputeMs;

        @Override
        public void onSpeechStarted(long atMillis) {
            if (startedAtAudio < 0) {
                startedAtAudio = stream.audioMillis();
            }
        }

        @Override
        public void onPartial(String partial) {
        }

        @Override
        public void onFinal(String finalText, long startMillis, long endMillis) {
            if (finalAtAudio < 0) {
                text = finalText;
                finalAtAudio = stream.audioMillis();
            }
        }
    }

    static int wordErrors(String reference, String hypothesis) {
        List<String> ref = SpeechFixtures.words(reference);
        List<String> hyp = hypothesis.isBlank() ? List.of() : SpeechFixtures.words(hypothesis);
        int[][] d = new int[ref.size() + 1][hyp.size() + 1];
        for (int i = 0; i <= ref.size(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= hyp.size(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= hyp.size(); j++) {
                int substitution = d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(substitution, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[ref.size()][hyp.size()];
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
