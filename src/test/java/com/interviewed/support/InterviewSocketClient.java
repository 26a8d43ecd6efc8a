package com.interviewed.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A WebSocket client speaking the interview protocol, recording every event and audio byte it receives. */
public final class InterviewSocketClient implements WebSocket.Listener, AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private volatile long audioBytes;
    private volatile boolean closed;
    private volatile int closeCode;
    private volatile java.util.function.Consumer<JsonNode> onEvent = e -> { };
    private WebSocket socket;

    public static InterviewSocketClient connect(String url) {
        InterviewSocketClient client = new InterviewSocketClient();
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create(url), client)
                .join();
        return client;
    }

    /** Tries to connect and returns the failure (for refused handshakes). */
    public static Throwable connectFailure(String url) {
        try {
            connect(url).close();
            return null;
        } catch (CompletionException e) {
            return e.getCause();
        }
    }

    public void send(Object message) {
        socket.sendText(JSON.writeValueAsString(message), true).join();
    }

    public void sendRaw(String text) {
        socket.sendText(text, true).join();
    }

    public void sendAudio(byte[] pcm) {
        socket.sendBinary(ByteBuffer.wrap(pcm), true).join();
    }

    /** Streams PCM16LE audio in 40 ms frames at real-time pace, as a microphone would. */
    public void streamAudio(byte[] pcm) throws InterruptedException {
        int frame = 1_280;
        long next = System.nanoTime();
        for (int offset = 0; offset < pcm.length; offset += frame) {
            sendAudio(java.util.Arrays.copyOfRange(pcm, offset, Math.min(pcm.length, offset + frame)));
            next += 40_000_000L;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    public JsonNode await(Predicate<JsonNode> condition, String description) {
        return await(condition, description, Duration.ofSeconds(20));
    }

    public JsonNode await(Predicate<JsonNode> condition, String description, Duration timeout) {
        JsonNode[] found = new JsonNode[1];
        Awaitility.await(description).atMost(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    for (JsonNode event : events) {
                        if (condition.test(event)) {
                            found[0] = event;
                            return true;
                        }
                    }
                    return false;
                });
        return found[0];
    }

    /** The interviewer's finished lines, each once (a line can be sent again, e.g. when marked interrupted). */
    public List<JsonNode> interviewerLines() {
        List<JsonNode> lines = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode e : ofType("transcript.final")) {
            if ("interviewer".equals(e.path("role").asString()) && ids.add(e.path("messageId").asString())) {
                lines.add(e);
            }
        }
        return lines;
    }

    /** Types an answer and waits for the interviewer's next line, or for the interview to end. */
    public void answer(String text) {
        long lines = interviewerLines().size();
        send(java.util.Map.of("type", "text", "text", text));
        await(e -> interviewerLines().size() > lines || count("interview.ended") > 0, "the interviewer's reply");
    }

    public JsonNode awaitType(String type) {
        return await(e -> type.equals(e.path("type").asString()), type);
    }

    /** Waits for the {@code n}-th event (1-based) of {@code type}. */
    public JsonNode awaitNth(String type, int n) {
        await(e -> count(type) >= n, n + " × " + type);
        return ofType(type).get(n - 1);
    }

    public List<JsonNode> ofType(String type) {
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode event : events) {
            if (type.equals(event.path("type").asString())) {
                matching.add(event);
            }
        }
        return matching;
    }

    /** Runs {@code action} on the socket's thread as each later event arrives, before any await sees it. */
    public void onEvent(java.util.function.Consumer<JsonNode> action) {
        onEvent = action;
    }

    public long count(String type) {
        return ofType(type).size();
    }

    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    public long audioBytes() {
        return audioBytes;
    }

    public boolean closed() {
        return closed;
    }

    public int closeCode() {
        return closeCode;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            JsonNode event = JSON.readTree(text.toString());
            events.add(event);
            text.setLength(0);
            onEvent.accept(event);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        audioBytes += data.remaining();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        closeCode = statusCode;
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed = true;
    }

    /** Kills the connection without a closing handshake, as a crashed tab or a lost network does. */
    public void abort() {
        closed = true;
        socket.abort();
    }

    @Override
    public void close() {
        if (!closed && socket != null) {
            try {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                socket.abort();
            }
        }
    }
}
