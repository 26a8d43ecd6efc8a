package com.interviewed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.interviewed.support.AppProcess;
import com.interviewed.support.InterviewSocketClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak: 20 typed and 4 spoken interviews at once on one instance (its own JVM on the embedded H2 file, as
 * {@code bin/interviewed} runs it) for 10 minutes; each candidate answers, waits for the interviewer to finish and
 * answers again, and starts a new interview when one ends. Prints errors, the reply time (typed: answer sent ->
 * the interviewer's reply line; spoken: end of speech -> the reply's audio), the server's RSS and thread count at
 * the start and the end, and whether every answer sent was stored exactly once. Fails only when an acknowledged
 * answer is missing. {@code ./mvnw -Pbench test -Dtest=SoakBenchmark}; {@code -Dbench.quick=true} runs a minute,
 * {@code -Dbench.soak.minutes=N}, {@code -Dbench.soak.typed=N} and {@code -Dbench.soak.spoken=N} change the load.
 */
@Tag("benchmark")
class SoakBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    /** Two dozen interviews opening at once each load a recogniser and synthesise a greeting: give them time. */
    private static final Duration GREETING_TIMEOUT = Duration.ofSeconds(90);
    private static final int FRAME_BYTES = 1_280;
    private static final List<String> TYPED = List.of(
            "I built a payment service in Java with a team of five engineers.",
            "We moved the reports to a queue and cut the response time by half.",
            "I would start by measuring where the time goes before changing anything.",
            "The hardest part was agreeing on the data model with the other team, so we wrote it down first.",
            "For example, we added retries with idempotency keys, and failed payments dropped by ninety percent.");
    private static final List<String> SPOKEN = List.of(
            "I built a payment service in Java with a team of five engineers.",
            "We moved the reports to a queue and cut the response time by half.",
            "I would start by measuring where the time goes before changing anything.",
            "The hardest part was agreeing on the data model with the other team.");

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Long> typedReplies = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> spokenReplies = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> greetings = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    /** Per interview: the id and text of every answer the server acknowledged with transcript.final. */
    private final Map<String, Map<String, String>> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger unacknowledged = new AtomicInteger();
    private final AtomicInteger interviewsEnded = new AtomicInteger();
    private Path work;
    private AppProcess app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (work != null) {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void soak() throws Exception {
        boolean quick = Boolean.getBoolean("bench.quick");
        Duration length = Duration.ofMinutes(Long.getLong("bench.soak.minutes", quick ? 1 : 10));
        int typed = Integer.getInteger("bench.soak.typed", 20);
        int spoken = Integer.getInteger("bench.soak.spoken", 4);
        work = Files.createTempDirectory("soak");
        List<byte[]> voices = new ArrayList<>();
        for (String text : SPOKEN) {
            voices.add(flite(text));
        }
        app = AppProcess.start(AppProcess.freePort(), work, work.resolve("app.log"), Map.of()).awaitReady();
        String idle = processFigures();

        long end = System.nanoTime() + length.toNanos();
        CountDownLatch connected = new CountDownLatch(typed + spoken);
        List<Thread> sessions = new ArrayList<>();
        for (int i = 0; i < typed + spoken; i++) {
            int index = i;
            boolean voice = i >= typed;
            Thread thread = new Thread(() -> candidate(index, voice, voices, connected, end), "soak-" + i);
            sessions.add(thread);
            thread.start();
            Thread.sleep(200);
        }
        connected.await(2, TimeUnit.MINUTES);
        String atStart = processFigures();
        for (Thread thread : sessions) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()) + 120_000));
        }
        String atEnd = processFigures();

        int stored = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> interview : acknowledged.entrySet()) {
            Map<String, Integer> times = new ConcurrentHashMap<>();
            Map<String, String> texts = new ConcurrentHashMap<>();
            for (JsonNode turn : get("/api/v1/interviews/" + interview.getKey(), tokens.get(interview.getKey()))
                    .get("transcript")) {
                times.merge(turn.path("id").asString(), 1, Integer::sum);
                texts.put(turn.path("id").asString(), turn.path("text").asString());
            }
            for (Map.Entry<String, String> answer : interview.getValue().entrySet()) {
                if (times.getOrDefault(answer.getKey(), 0) == 1 && answer.getValue().equals(texts.get(answer.getKey()))) {
                    stored++;
                } else {
                    missing.add(interview.getKey() + "/" + answer.getKey());
                }
            }
        }
        int acknowledgedCount = acknowledged.values().stream().mapToInt(Map::size).sum();
        StringBuilder report = new StringBuilder("\n=== Soak benchmark (one instance, embedded H2, offline AI) ===\n")
                .append(String.format("%d typed + %d spoken interviews at once for %s; %d interviews ended and"
                        + " were replaced%n", typed, spoken, length, interviewsEnded.get()))
                .append("server idle after start-up: ").append(idle).append('\n')
                .append("server with all sessions live (start): ").append(atStart).append('\n')
                .append("server at the end: ").append(atEnd).append('\n')
                .append(String.format("greetings: %d, connect -> the greeting's line p50 %s, p95 %s, max %s%n",
                        greetings.size(), percentile(greetings, 50), percentile(greetings, 95),
                        percentile(greetings, 100)))
                .append(String.format("typed replies: %d, answer sent -> reply line p50 %s, p95 %s, max %s%n",
                        typedReplies.size(), percentile(typedReplies, 50), percentile(typedReplies, 95),
                        percentile(typedReplies, 100)))
                .append(String.format("spoken replies: %d, end of speech -> reply audio p50 %s, p95 %s, max %s%n",
                        spokenReplies.size(), percentile(spokenReplies, 50), percentile(spokenReplies, 95),
                        percentile(spokenReplies, 100)))
                .append(String.format("answers sent %d (spoken ones not recognised as an answer: %d), acknowledged"
                        + " %d, stored exactly once %d, missing %d%s%n", sent.get(), unacknowledged.get(),
                        acknowledgedCount, stored, missing.size(), missing.isEmpty() ? "" : " " + missing))
                .append(String.format("errors: %d%s%n", errors.size(), errors.isEmpty() ? "" : " " + byKind(errors)));
        System.out.println(report);
        Path out = Path.of("target/bench/soak.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(missing).as("acknowledged answers not stored exactly once").isEmpty();
    }

    // ---- One candidate ----

    /** Interviews one after the other until {@code end}: answer, wait for the whole reply, answer again. */
    private void candidate(int index, boolean voice, List<byte[]> voices, CountDownLatch connected, long end) {
        boolean counted = false;
        try {
            String token = signUp(index);
            while (System.nanoTime() < end) {
                String interview = post("/api/v1/interviews", Map.of("role", "backend"), token).get("id").asString();
                tokens.put(interview, token);
                Map<String, String> answers = new ConcurrentHashMap<>();
                acknowledged.put(interview, answers);
                long connectingAt = System.nanoTime();
                try (InterviewSocketClient client = InterviewSocketClient.connect("ws://127.0.0.1:" + app.port()
                        + "/ws/interviews/" + interview + "?access_token=" + token)) {
                    client.onEvent(e -> {
                        if (interviewerLine(e) && client.count("transcript.final") <= 1) {
                            greetings.add((System.nanoTime() - connectingAt) / 1_000_000);
                        }
                    });
                    if (!awaitSilence(client, voice, GREETING_TIMEOUT, () -> client.count("audio.end") >= 1)) {
                        errors.add("no greeting within " + GREETING_TIMEOUT.toSeconds() + " s");
                        continue;
                    }
                    if (!counted) {
                        connected.countDown();
                        counted = true;
                    }
                    for (int turn = 0; System.nanoTime() < end && !ended(client); turn++) {
                        if (voice) {
                            speak(client, voices.get((index + turn) % voices.size()), answers);
                        } else {
                            type(client, TYPED.get((index + turn) % TYPED.size()), answers);
                        }
                        pause(client, voice, voice ? 800 : 2_000 + index * 37 % 1_000);
                    }
                    client.events().stream().filter(e -> "error".equals(e.path("type").asString()))
                            .forEach(e -> errors.add(e.path("code").asString() + ": " + e.path("message").asString()));
                    if (ended(client)) {
                        interviewsEnded.incrementAndGet();
                    } else if (client.closed()) {
                        errors.add("socket closed by the server (" + client.closeCode() + ")");
                    }
                }
            }
        } catch (Exception | AssertionError e) {
            errors.add("session " + index + " failed: " + e);
        } finally {
            if (!counted) {
                connected.countDown();
            }
        }
    }

    private void type(InterviewSocketClient client, String text, Map<String, String> answers) {
        int endsBefore = (int) client.count("audio.end");
        int linesBefore = client.events().size();
        long sentAt = System.nanoTime();
        client.send(Map.of("type", "text", "text", text));
        sent.incrementAndGet();
        JsonNode ack = awaitAfter(client, linesBefore, e -> candidateLine(e) && text.equals(e.path("text").asString()));
        if (ack == null) {
            unacknowledged.incrementAndGet();
            errors.add("typed answer not acknowledged");
            return;
        }
        answers.put(ack.path("messageId").asString(), text);
        JsonNode reply = awaitAfter(client, linesBefore, SoakBenchmark::interviewerLine);
        if (reply == null) {
            errors.add("no reply to a typed answer within " + REPLY_TIMEOUT.toSeconds() + " s");
            return;
        }
        typedReplies.add((System.nanoTime() - sentAt) / 1_000_000);
        awaitQuiet(client, () -> client.count("audio.end") > endsBefore || ended(client));
    }

    private void speak(InterviewSocketClient client, byte[] pcm, Map<String, String> answers) throws Exception {
        int linesBefore = client.events().size();
        int startsBefore = (int) client.count("audio.start");
        int endsBefore = (int) client.count("audio.end");
        client.streamAudio(pcm);
        long speechEnd = System.nanoTime() - trailingSilenceNanos(pcm);
        sent.incrementAndGet();
        long[] replyAt = new long[1];
        boolean replied = awaitSilence(client, true, () -> {
            if (replyAt[0] == 0 && client.count("audio.start") > startsBefore) {
                replyAt[0] = System.nanoTime();
            }
            return replyAt[0] != 0 || ended(client);
        });
        if (!heard(client, linesBefore, answers)) {
            unacknowledged.incrementAndGet();
        }
        if (!replied) {
            errors.add("no reply to a spoken answer within " + REPLY_TIMEOUT.toSeconds() + " s");
            return;
        }
        if (replyAt[0] != 0) {
            long millis = (replyAt[0] - speechEnd) / 1_000_000;
            spokenReplies.add(millis);
            if (millis > 3_000) {
                System.out.println("slow spoken reply (" + millis + " ms): " + lines(client, linesBefore));
            }
        }
        awaitSilence(client, true, () -> client.count("audio.end") > endsBefore || ended(client));
        // A thinking pause may join answers: the stored text is the last transcript.final for that id.
        heard(client, linesBefore, answers);
    }

    /** The transcript lines since event {@code from}, for a slow turn's printout. */
    private static String lines(InterviewSocketClient client, int from) {
        List<JsonNode> events = client.events();
        return events.subList(Math.min(from, events.size()), events.size()).stream()
                .filter(e -> "transcript.final".equals(e.path("type").asString()) || "barge_in".equals(
                        e.path("type").asString()))
                .map(e -> e.path("type").asString() + " " + e.path("role").asString() + ": "
                        + e.path("text").asString())
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /** Notes the candidate lines acknowledged since event {@code from}; false if there were none. */
    private static boolean heard(InterviewSocketClient client, int from, Map<String, String> answers) {
        boolean any = false;
        List<JsonNode> events = client.events();
        for (JsonNode line : events.subList(Math.min(from, events.size()), events.size())) {
            if (candidateLine(line)) {
                answers.put(line.path("messageId").asString(), line.path("text").asString());
                any = true;
            }
        }
        return any;
    }

    /** Like a browser, a spoken session keeps the microphone open (silence) while it waits. */
    private static boolean awaitSilence(InterviewSocketClient client, boolean microphone, BooleanSupplier done)
            throws InterruptedException {
        return awaitSilence(client, microphone, REPLY_TIMEOUT, done);
    }

    private static boolean awaitSilence(InterviewSocketClient client, boolean microphone, Duration timeout,
            BooleanSupplier done) throws InterruptedException {
        if (!microphone) {
            return awaitQuiet(client, timeout, done);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        long next = System.nanoTime();
        byte[] silence = new byte[FRAME_BYTES];
        while (System.nanoTime() < deadline && !client.closed()) {
            if (done.getAsBoolean()) {
                return true;
            }
            client.sendAudio(silence);
            next += 40_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return done.getAsBoolean();
    }

    private static boolean awaitQuiet(InterviewSocketClient client, BooleanSupplier done) {
        return awaitQuiet(client, REPLY_TIMEOUT, done);
    }

    private static boolean awaitQuiet(InterviewSocketClient client, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !client.closed()) {
            if (done.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return done.getAsBoolean();
    }

    private static void pause(InterviewSocketClient client, boolean microphone, long millis)
            throws InterruptedException {
        long until = System.nanoTime() + millis * 1_000_000L;
        awaitSilence(client, microphone, () -> System.nanoTime() >= until);
    }

    /** The first event after index {@code from} that matches, waiting up to the reply timeout; null if none. */
    private static JsonNode awaitAfter(InterviewSocketClient client, int from,
            java.util.function.Predicate<JsonNode> matches) {
        JsonNode[] found = new JsonNode[1];
        awaitQuiet(client, () -> {
            List<JsonNode> events = client.events();
            for (int i = from; i < events.size(); i++) {
                if (matches.test(events.get(i))) {
                    found[0] = events.get(i);
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static boolean ended(InterviewSocketClient client) {
        return client.count("interview.ended") > 0;
    }

    private static boolean candidateLine(JsonNode event) {
        return "transcript.final".equals(event.path("type").asString())
                && "candidate".equals(event.path("role").asString());
    }

    private static boolean interviewerLine(JsonNode event) {
        return "transcript.final".equals(event.path("type").asString())
                && "interviewer".equals(event.path("role").asString());
    }

    // ---- Figures ----

    /** The server process's resident memory and thread count, from /proc. */
    private String processFigures() throws Exception {
        long rssKb = 0;
        long threads = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + app.process().pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rssKb = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("Threads:")) {
                threads = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return String.format("RSS %.0f MB, %d threads", rssKb / 1024.0, threads);
    }

    private static Map<String, Long> byKind(List<String> errors) {
        synchronized (errors) {
            return errors.stream().collect(java.util.stream.Collectors.groupingBy(e -> e, java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
        }
    }

    private static String percentile(List<Long> values, int p) {
        List<Long> sorted;
        synchronized (values) {
            sorted = new ArrayList<>(values);
        }
        if (sorted.isEmpty()) {
            return "-";
        }
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) + " ms";
    }

    // ---- Speech: flite at 16 kHz, as the offline speech module uses it ----

    private byte[] flite(String text) throws Exception {
        Path wav = work.resolve(UUID.randomUUID() + ".wav");
        Process flite = new ProcessBuilder("flite", "-voice", "rms", "-t", text, "-o", wav.toString())
                .redirectErrorStream(true).start();
        assertThat(flite.waitFor(30, TimeUnit.SECONDS) && flite.exitValue() == 0).as("flite").isTrue();
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        // RIFF chunks after the 12-byte header: find "data".
        int at = 12;
        while (at + 8 <= bytes.limit()) {
            String id = new String(bytes.array(), at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = bytes.getInt(at + 4);
            if ("data".equals(id)) {
                byte[] pcm = new byte[Math.min(size, bytes.limit() - at - 8)];
                System.arraycopy(bytes.array(), at + 8, pcm, 0, pcm.length);
                return pcm;
            }
            at += 8 + size;
        }
        throw new IllegalStateException("no audio in flite's output");
    }

    /** The quiet tail flite leaves after the last word: the candidate's speech ended that long before the clip. */
    private static long trailingSilenceNanos(byte[] pcm) {
        ByteBuffer samples = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN);
        int last = pcm.length / 2 - 1;
        while (last > 0 && Math.abs(samples.getShort(last * 2)) < 500) {
            last--;
        }
        return (pcm.length / 2 - 1 - last) * 1_000_000_000L / 16_000;
    }

    // ---- HTTP ----

    private String signUp(int index) throws Exception {
        String email = "soak-" + index + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        post("/api/v1/auth/register", Map.of("email", email, "password", "correct horse", "name", "Sam",
                "role", "CANDIDATE"), null);
        return post("/api/v1/auth/token", Map.of("email", email, "password", "correct horse"), null).get("token")
                .asString();
    }

    private JsonNode post(String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
