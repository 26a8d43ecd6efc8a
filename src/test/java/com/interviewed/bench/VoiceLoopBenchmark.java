package com.interviewed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.speech.SpeechSynthesizer;
import com.interviewed.speech.SynthesizedSpeech;
import com.interviewed.support.HttpTestSupport;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The live voice loop under load, over the real WebSocket: answers synthesised with flite are streamed at real-time
 * pace, and each turn's latency is measured from the end of the candidate's speech to the first byte of the
 * interviewer's audio. Prints p50/p95 per concurrency level, barge-in latency, and memory per live session.
 * Run with {@code ./mvnw -Pbench test -Dtest=VoiceLoopBenchmark}; {@code -Dbench.quick=true} for a short run.
 */
@Tag("benchmark")
class VoiceLoopBenchmark extends HttpTestSupport {

    private static final int FRAME_SAMPLES = 640;
    /**
     * Standard deviation of the room noise under everything the microphone sends; 0 = digital silence
     * ({@code -Dbench.noise=30} for a quiet room, about -60 dBFS; 150 for a noisy one, about -47 dBFS).
     */
    private static final double NOISE_AMPLITUDE = Double.parseDouble(System.getProperty("bench.noise", "0"));
    private static final long FRAME_NANOS = 40_000_000L;
    private static final List<String> ANSWERS = List.of(
            "I built a payment service in Java with a team of five engineers.",
            "We moved the reports to a queue and cut the response time by half.",
            "I would start by measuring where the time goes before changing anything.",
            "The hardest part was agreeing on the data model with the other team.");

    @Autowired
    SpeechSynthesizer synthesizer;

    @Autowired
    MeterRegistry meters;

    @Test
    void voiceLoop() throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        List<short[]> answers = ANSWERS.stream().map(text -> toSamples(synthesizer.synthesize(text, "rms"))).toList();
        StringBuilder report = new StringBuilder("\n=== Voice loop benchmark (offline cascade) ===\n");
        report.append(memoryPerSession(quick ? 2 : 8));
        int[] levels = quick ? new int[] {1, 2} : new int[] {1, 2, 4, 8, 10, 12, 16};
        int sustained = 0;
        int previousLevel = 0;
        List<Integer> heldLevels = new ArrayList<>();
        int missedAtLowLoad = 0;
        for (int level : levels) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong missed = new AtomicLong();
            Timer firstAudio = meters.get("interviewed.voice.reply").tag("stage", "first-audio").timer();
            long repliesBefore = firstAudio.count();
            double replyNanosBefore = firstAudio.totalTime(TimeUnit.NANOSECONDS);
            // Enough turns at every level for a p95 that is not just the single slowest turn.
            runSessions(level, quick ? 2 : Math.max(3, (12 + level - 1) / level), answers, latencies, missed);
            long replies = firstAudio.count() - repliesBefore;
            double replyMillis = replies == 0 ? 0
                    : (firstAudio.totalTime(TimeUnit.NANOSECONDS) - replyNanosBefore) / replies / 1e6;
            List<Long> sorted = new ArrayList<>(latencies);
            for (long i = 0; i < missed.get(); i++) {
                sorted.add(Long.MAX_VALUE);
            }
            Collections.sort(sorted);
            long p50 = percentile(sorted, 50);
            long p95 = percentile(sorted, 95);
            report.append(String.format("sessions=%2d turns=%3d missed=%d  end of speech -> first audio byte: p50=%s p95=%s"
                    + "  (server, answer recognised -> first audio sent: mean %.0f ms)%n",
                    level, sorted.size(), missed.get(), millis(p50), millis(p95), replyMillis));
            if (level <= 2) {
                missedAtLowLoad += (int) missed.get();
            }
            boolean held = p95 <= 1_500 && !sorted.isEmpty();
            if (held) {
                heldLevels.add(level);
            }
            if (held && sustained == previousLevel) {
                sustained = level;
            }
            previousLevel = level;
            // Always measure up to the 8 sessions the target names (one slow turn at a low level would otherwise hide
            // them); above that, stop at the first level that fails.
            if (!held && level >= 8) {
                break;
            }
        }
        report.append("sustained concurrent sessions with p95 <= 1.5 s: ").append(sustained)
                .append(" (levels that held: ").append(heldLevels).append(")\n");
        report.append(bargeIn(answers.get(0)));
        System.out.println(report);
        Path out = Path.of("target/bench/voice-loop.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        // Latency is reported, not asserted; an answer that got no reply at all is a broken voice loop.
        assertThat(missedAtLowLoad).as("spoken answers with no reply at 1-2 sessions").isZero();
    }

    private static String millis(long value) {
        return value == Long.MAX_VALUE ? "missed" : value + " ms";
    }

    /**
     * Sessions start a little apart, as candidates do, and each answers {@code turns} questions; a turn whose answer
     * gets no reply within 15 s counts as missed.
     */
    private void runSessions(int count, int turns, List<short[]> answers, List<Long> latencies, AtomicLong missed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            int offset = i;
            pool.execute(() -> {
                try {
                    Thread.sleep(offset * 1_300L % 5_000);
                    try (TimedClient client = openInterview()) {
                        client.awaitAudioEnd(1, Duration.ofSeconds(30));
                        for (int turn = 0; turn < turns; turn++) {
                            short[] answer = answers.get((offset + turn) % answers.size());
                            int audioStartsBefore = client.audioStarts();
                            long speechEnd = client.stream(answer) - trailingSilenceNanos(answer);
                            long firstByte = client.streamSilenceUntilAudio(audioStartsBefore, Duration.ofSeconds(15));
                            if (firstByte < 0) {
                                missed.incrementAndGet();
                                System.out.println("missed turn: " + client.lastLines());
                                continue;
                            }
                            long latency = (firstByte - speechEnd) / 1_000_000;
                            latencies.add(latency);
                            if (latency > 1_500) {
                                System.out.println("slow turn (" + latency + " ms): " + client.lastLines());
                            }
                            client.awaitAudioEnd(audioStartsBefore + 1, Duration.ofSeconds(60));
                        }
                    }
                } catch (Exception e) {
                    System.err.println("session failed: " + e);
                    missed.addAndGet(turns);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(10, TimeUnit.MINUTES);
        pool.shutdownNow();
    }

    /**
     * Native memory of a live session, mostly its recogniser's decoder: one session is opened first (it takes the
     * decoder preloaded at startup), then {@code sessions} more, each loading a decoder of its own.
     */
    private String memoryPerSession(int sessions) throws Exception {
        List<TimedClient> open = new ArrayList<>();
        try {
            open.add(openInterview());
            open.get(0).awaitAudioEnd(1, Duration.ofSeconds(30));
            long heapBefore = usedHeapAfterGc();
            long rssBefore = rssKb();
            for (int i = 0; i < sessions; i++) {
                TimedClient client = openInterview();
                open.add(client);
                client.awaitAudioStarts(1, Duration.ofSeconds(30));
            }
            long rssAfter = settledRssKb();
            long heapAfter = usedHeapAfterGc();
            return String.format("memory per live session (%d opened): RSS %.1f MB (its recogniser's decoder), Java heap %.1f MB%n",
                    sessions, (rssAfter - rssBefore) / 1024.0 / sessions,
                    (heapAfter - heapBefore) / 1048576.0 / sessions);
        } finally {
            open.forEach(TimedClient::close);
        }
    }

    /**
     * Starts answering while the greeting plays; measures speech onset -> barge_in event. As in the browser, the
     * microphone streams from the moment the connection opens. The clip's own leading silence is not counted.
     */
    private String bargeIn(short[] answer) throws Exception {
        List<Long> delays = new ArrayList<>();
        List<Long> afterFirstWord = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            try (TimedClient client = openInterview()) {
                client.streamSilenceUntilAudio(0, Duration.ofSeconds(30));
                client.streamNoise(Duration.ofMillis(500));
                long onset = System.nanoTime() + leadingSilenceNanos(answer);
                client.stream(answer);
                long bargeIn = client.bargeInAt();
                if (bargeIn > 0) {
                    delays.add((bargeIn - onset) / 1_000_000);
                    long firstWord = client.firstPartialAt();
                    if (firstWord > 0) {
                        afterFirstWord.add((bargeIn - firstWord) / 1_000_000);
                    }
                }
            }
        }
        Collections.sort(delays);
        Collections.sort(afterFirstWord);
        // Barge-in waits for recognised words (a cough does not interrupt): the first word is the first partial.
        return String.format("barge-in: speech onset -> barge_in event: p50=%d ms, max=%d ms (%d of 5 detected);"
                + " first recognised word (partial) -> barge_in: p50=%d ms, max=%d ms%n",
                percentile(delays, 50), delays.isEmpty() ? -1 : delays.get(delays.size() - 1), delays.size(),
                percentile(afterFirstWord, 50),
                afterFirstWord.isEmpty() ? -1 : afterFirstWord.get(afterFirstWord.size() - 1));
    }

    /** Each interview sets its decoder up in the background after it opens: wait until that memory is all there. */
    private static long settledRssKb() throws Exception {
        long previous = rssKb();
        for (int i = 0; i < 60; i++) {
            Thread.sleep(500);
            long now = rssKb();
            if (Math.abs(now - previous) < 2_048) {
                return now;
            }
            previous = now;
        }
        return previous;
    }

    private TimedClient openInterview() {
        String token = registerAndGetToken("CANDIDATE", uniqueEmail("bench"), "correct horse");
        String id = postJson("/api/v1/interviews", Map.of("role", "backend"), token).json().get("id").asString();
        return TimedClient.connect("ws://localhost:" + port + "/ws/interviews/" + id + "?access_token=" + token);
    }

    private static short[] toSamples(SynthesizedSpeech speech) {
        byte[] pcm = speech.pcm16le();
        short[] samples = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    /** The quiet start of a flite clip, before the first word. */
    private static long leadingSilenceNanos(short[] samples) {
        int first = 0;
        while (first < samples.length - 1 && Math.abs(samples[first]) < 500) {
            first++;
        }
        return first * 1_000_000_000L / 16_000;
    }

    /** The quiet tail flite leaves after the last word: the candidate's speech ended that long before the clip. */
    private static long trailingSilenceNanos(short[] samples) {
        int last = samples.length - 1;
        while (last > 0 && Math.abs(samples[last]) < 500) {
            last--;
        }
        return (samples.length - 1 - last) * 1_000_000_000L / 16_000;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    /** A WebSocket client that streams audio in real time and notes when interviewer audio arrives. */
    private static final class TimedClient implements WebSocket.Listener, AutoCloseable {
        private static final tools.jackson.databind.json.JsonMapper JSON =
                tools.jackson.databind.json.JsonMapper.builder().build();
        private final StringBuilder text = new StringBuilder();
        private final AtomicLong firstAudioAfterStart = new AtomicLong();
        private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private volatile int audioStarts;
        private volatile int audioEnds;
        private volatile long bargeInAt;
        private volatile long firstPartialAt;
        private WebSocket socket;

        static TimedClient connect(String url) {
            TimedClient client = new TimedClient();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), client).join();
            return client;
        }

        String lastLines() {
            synchronized (lines) {
                return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
            }
        }

        int audioStarts() {
            return audioStarts;
        }

        long bargeInAt() {
            return bargeInAt;
        }

        long firstPartialAt() {
            return firstPartialAt;
        }

        /** Sends the samples paced in real time; returns when the last frame left. */
        long stream(short[] samples) throws InterruptedException {
            long next = System.nanoTime();
            short[] frame = new short[FRAME_SAMPLES];
            for (int offset = 0; offset < samples.length; offset += FRAME_SAMPLES) {
                int n = Math.min(FRAME_SAMPLES, samples.length - offset);
                // The room does not go quiet while the candidate talks: its noise is under the speech too.
                for (int i = 0; i < n; i++) {
                    frame[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE,
                            samples[offset + i] + noise.nextGaussian() * NOISE_AMPLITUDE));
                }
                socket.sendBinary(pcm16le(frame, 0, n), true).join();
                next += FRAME_NANOS;
                sleepUntil(next);
            }
            return System.nanoTime();
        }

        /** Keeps the microphone open with silence until the interviewer's next audio arrives. */
        long streamSilenceUntilAudio(int audioStartsBefore, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            long next = System.nanoTime();
            while (System.nanoTime() < deadline) {
                long first = firstAudioAfterStart.get();
                if (audioStarts > audioStartsBefore && first > 0) {
                    return first;
                }
                socket.sendBinary(roomNoise(), true).join();
                next += FRAME_NANOS;
                sleepUntil(next);
            }
            return -1;
        }

        void streamNoise(Duration duration) throws InterruptedException {
            long end = System.nanoTime() + duration.toNanos();
            long next = System.nanoTime();
            while (System.nanoTime() < end) {
                socket.sendBinary(roomNoise(), true).join();
                next += FRAME_NANOS;
                sleepUntil(next);
            }
        }

        /** Like a browser, keeps the microphone streaming (room noise) while the interviewer talks. */
        void awaitAudioEnd(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            long next = System.nanoTime();
            while (audioEnds < count && System.nanoTime() < deadline) {
                socket.sendBinary(roomNoise(), true).join();
                next += FRAME_NANOS;
                sleepUntil(next);
            }
        }

        void awaitAudioStarts(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (audioStarts < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }

        /** A quiet room as a real microphone hears it (about -60 dBFS), rather than digital zeros. */
        private final java.util.Random noise = new java.util.Random(7);

        private ByteBuffer roomNoise() {
            short[] samples = new short[FRAME_SAMPLES];
            for (int i = 0; i < FRAME_SAMPLES; i++) {
                samples[i] = (short) (noise.nextGaussian() * NOISE_AMPLITUDE);
            }
            return pcm16le(samples, 0, FRAME_SAMPLES);
        }

        /**
         * The samples as PCM16LE bytes in a buffer of the default (big-endian) order: JDK 17's WebSocket client masks
         * a little-endian buffer eight bytes at a time in the wrong order and so sends every sample byte-swapped
         * (JDK-8351339, fixed in JDK 25).
         */
        private static ByteBuffer pcm16le(short[] samples, int offset, int n) {
            byte[] bytes = new byte[n * 2];
            ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asShortBuffer().put(samples, offset, n);
            return ByteBuffer.wrap(bytes);
        }

        private static void sleepUntil(long nanos) throws InterruptedException {
            long wait = nanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode event = JSON.readTree(text.toString());
                text.setLength(0);
                if ("transcript.final".equals(event.path("type").asString())) {
                    lines.add(event.path("role").asString() + ": " + event.path("text").asString());
                }
                switch (event.path("type").asString()) {
                    case "audio.start" -> {
                        firstAudioAfterStart.set(0);
                        audioStarts++;
                    }
                    case "audio.end" -> audioEnds++;
                    case "barge_in" -> {
                        if (bargeInAt == 0) {
                            bargeInAt = System.nanoTime();
                        }
                    }
                    case "transcript.partial" -> {
                        if (firstPartialAt == 0) {
                            firstPartialAt = System.nanoTime();
                        }
                    }
                    default -> {
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            firstAudioAfterStart.compareAndSet(0, System.nanoTime());
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
