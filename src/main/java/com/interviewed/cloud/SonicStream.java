package com.interviewed.cloud;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import software.amazon.awssdk.services.bedrockruntime.model.BidirectionalOutputPayloadPart;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponseHandler;

/**
 * One Nova Sonic session on the wire: its prompt and audio content names, the buffering input publisher, the SDK
 * call and the order of input events Nova requires (session, prompt, system text, history, one audio block, then
 * audio, text and tool results; content end, prompt end and session end to close). What comes back is handed to a
 * {@link Listener} raw and tagged with this stream's generation, so that events of a replaced stream can be ignored.
 * The session calls it only from its worker; {@link EventPublisher} serialises what reaches the SDK.
 */
final class SonicStream {

    /** What the stream reports, called on the session's worker. */
    interface Listener {

        void output(int generation, String rawEvent);

        void failed(int generation, Throwable error);

        void ended(int generation);
    }

    private final int generation;
    private final String promptName = UUID.randomUUID().toString();
    private final String audioContent = UUID.randomUUID().toString();
    private final long openedAt;
    private final SonicEvents events;
    private final SonicOutputParser parser;
    private final EventPublisher<InvokeModelWithBidirectionalStreamInput> input = new EventPublisher<>();
    private boolean closed;
    private boolean producedOutput;
    private long inputTokens;
    private long outputTokens;

    SonicStream(int generation, long openedAt, SonicEvents events, SonicOutputParser parser) {
        this.generation = generation;
        this.openedAt = openedAt;
        this.events = events;
        this.parser = parser;
    }

    int generation() {
        return generation;
    }

    long openedAt() {
        return openedAt;
    }

    boolean closed() {
        return closed;
    }

    /**
     * Queues the set-up Nova needs before audio: session and prompt (with the voice and tools), the system prompt,
     * the replayed history, the audio block with any audio buffered between sessions, and an optional trigger.
     */
    void setUp(CloudProperties.Sonic settings, String voiceId, String system, List<SonicInstructions.Message> history,
            List<byte[]> bufferedAudio, String trigger) {
        send(events.sessionStart(settings));
        send(events.promptStart(promptName, voiceId));
        sendText("SYSTEM", system, false);
        for (SonicInstructions.Message m : history) {
            sendText(m.role(), m.text(), false);
        }
        send(events.audioStart(promptName, audioContent));
        bufferedAudio.forEach(this::sendAudio);
        if (trigger != null) {
            sendText("USER", trigger, true);
        }
    }

    /**
     * Starts the SDK call; events, errors and the end of the stream go to the listener through {@code worker},
     * since the SDK calls back on its own threads.
     */
    void invoke(SonicStreams streams, String modelId, Consumer<Runnable> worker, Listener listener) {
        InvokeModelWithBidirectionalStreamRequest request = InvokeModelWithBidirectionalStreamRequest.builder()
                .modelId(modelId).build();
        InvokeModelWithBidirectionalStreamResponseHandler handler = InvokeModelWithBidirectionalStreamResponseHandler
                .builder()
                .subscriber(InvokeModelWithBidirectionalStreamResponseHandler.Visitor.builder()
                        .onChunk((BidirectionalOutputPayloadPart part) ->
                        {
                            String event = part.bytes().asUtf8String();
                            worker.accept(() -> listener.output(generation, event));
                        })
                        .build())
                .onError(error -> worker.accept(() -> listener.failed(generation, error)))
                .build();
        CompletableFuture<Void> done;
        try {
            done = streams.invoke(request, input, handler);
        } catch (RuntimeException e) {
            listener.failed(generation, e);
            return;
        }
        done.whenComplete((ok, error) -> worker.accept(() -> {
            if (error != null) {
                listener.failed(generation, error);
            } else {
                listener.ended(generation);
            }
        }));
    }

    /** Parses one output event; the first one also tells that this stream works. */
    SonicOutput parse(String rawEvent) {
        producedOutput = true;
        SonicOutput output = parser.parse(rawEvent);
        if (output instanceof SonicOutput.Usage u) {
            // Totals are cumulative over the session.
            inputTokens = Math.max(inputTokens, u.totalInputTokens());
            outputTokens = Math.max(outputTokens, u.totalOutputTokens());
        }
        return output;
    }

    boolean producedOutput() {
        return producedOutput;
    }

    void sendAudio(byte[] pcm) {
        send(events.audioInput(promptName, audioContent, Base64.getEncoder().encodeToString(pcm)));
    }

    /** One TEXT content block; longer text goes as several inputs of at most 1 KB each. */
    void sendText(String role, String text, boolean interactive) {
        String content = UUID.randomUUID().toString();
        send(events.textStart(promptName, content, role, interactive));
        for (String piece : SonicInstructions.split(text, SonicInstructions.MAX_TEXT_BYTES)) {
            send(events.textInput(promptName, content, piece));
        }
        send(events.contentEnd(promptName, content));
    }

    void answerTool(String toolUseId, Map<String, Object> result) {
        if (closed) {
            return;
        }
        String content = UUID.randomUUID().toString();
        send(events.toolStart(promptName, content, toolUseId));
        send(events.toolResult(promptName, content, result));
        send(events.contentEnd(promptName, content));
    }

    /** Ends the session politely (Nova bills until sessionEnd) and completes the publisher. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        send(events.contentEnd(promptName, audioContent));
        send(events.promptEnd(promptName));
        send(events.sessionEnd());
        input.complete();
    }

    long inputTokens() {
        return inputTokens;
    }

    long outputTokens() {
        return outputTokens;
    }

    private void send(InvokeModelWithBidirectionalStreamInput event) {
        input.offer(event);
    }
}
