package com.interviewed.cloud;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.async.SdkPublisher;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamOutput;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamRequest;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponse;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamResponseHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bedrock's side of {@code invokeModelWithBidirectionalStream}, at the SDK's own boundary: it subscribes to the
 * adapter's input publisher like the SDK does (asynchronously, asking for everything) and records each JSON event;
 * its scripted output goes through the real SDK response handler as output chunks.
 */
final class FakeNova implements SonicStreams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final List<FakeStream> streams = new CopyOnWriteArrayList<>();
    /** Called with each new stream, for scripting Nova's side automatically (the whole-interview test). */
    volatile Consumer<FakeStream> onOpen = s -> { };
    /** Shared timeline of opens, for ordering checks against conversation callbacks. */
    final List<String> timeline;

    FakeNova(List<String> timeline) {
        this.timeline = timeline;
    }

    FakeNova() {
        this(new CopyOnWriteArrayList<>());
    }

    @Override
    public CompletableFuture<Void> invoke(InvokeModelWithBidirectionalStreamRequest request,
            Publisher<InvokeModelWithBidirectionalStreamInput> input,
            InvokeModelWithBidirectionalStreamResponseHandler handler) {
        FakeStream stream = new FakeStream(streams.size(), request, handler);
        streams.add(stream);
        timeline.add("open:" + stream.index);
        handler.responseReceived(InvokeModelWithBidirectionalStreamResponse.builder().build());
        handler.onEventStream(SdkPublisher.adapt(stream.output));
        // Scripted reactions are in place before any input arrives.
        onOpen.accept(stream);
        // The SDK subscribes later, on its own thread.
        CompletableFuture.runAsync(() -> input.subscribe(stream));
        return stream.done;
    }

    FakeStream stream(int index) {
        return streams.get(index);
    }

    FakeStream last() {
        return streams.get(streams.size() - 1);
    }

    static final class FakeStream implements Subscriber<InvokeModelWithBidirectionalStreamInput> {

        final int index;
        final InvokeModelWithBidirectionalStreamRequest request;
        final InvokeModelWithBidirectionalStreamResponseHandler handler;
        final EventPublisher<InvokeModelWithBidirectionalStreamOutput> output = new EventPublisher<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final List<JsonNode> inputs = new CopyOnWriteArrayList<>();
        volatile boolean inputCompleted;
        volatile Consumer<JsonNode> onInput = e -> { };

        FakeStream(int index, InvokeModelWithBidirectionalStreamRequest request,
                InvokeModelWithBidirectionalStreamResponseHandler handler) {
            this.index = index;
            this.request = request;
            this.handler = handler;
        }

        @Override
        public void onSubscribe(Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(InvokeModelWithBidirectionalStreamInput item) {
            // A chunk carries one Nova JSON event; read it back through the SDK model like Bedrock would.
            SdkBytes bytes = ((software.amazon.awssdk.services.bedrockruntime.model.BidirectionalInputPayloadPart) item)
                    .bytes();
            JsonNode event = JSON.readTree(bytes.asUtf8String()).path("event");
            inputs.add(event);
            onInput.accept(event);
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
            inputCompleted = true;
        }

        /** Input event names in order, for example sessionStart, promptStart, contentStart… */
        List<String> names() {
            List<String> names = new ArrayList<>();
            inputs.forEach(e -> names.add(e.propertyNames().iterator().next()));
            return names;
        }

        List<JsonNode> inputs(String name) {
            return inputs.stream().filter(e -> e.has(name)).map(e -> e.get(name)).toList();
        }

        /** The texts sent in TEXT blocks with {@code role}, one entry per block (pieces joined). */
        List<String> texts(String role) {
            List<String> texts = new ArrayList<>();
            String open = null;
            StringBuilder text = new StringBuilder();
            for (JsonNode e : inputs) {
                if (e.has("contentStart") && "TEXT".equals(e.get("contentStart").path("type").asString())
                        && role.equals(e.get("contentStart").path("role").asString())) {
                    open = e.get("contentStart").path("contentName").asString();
                    text.setLength(0);
                } else if (open != null && e.has("textInput")) {
                    text.append(e.get("textInput").path("content").asString());
                } else if (open != null && e.has("contentEnd")
                        && open.equals(e.get("contentEnd").path("contentName").asString())) {
                    texts.add(text.toString());
                    open = null;
                }
            }
            return texts;
        }

        // ---- Nova's output ----

        void emit(String name, String body) {
            String event = "{\"event\":{\"" + name + "\":" + body + "}}";
            // The same event type the SDK's unmarshaller produces for a chunk.
            output.offer(InvokeModelWithBidirectionalStreamOutput.chunkBuilder()
                    .bytes(SdkBytes.fromUtf8String(event)).build());
        }

        String block(String type, String role, String stage) {
            String id = UUID.randomUUID().toString();
            String extra = stage == null ? "" : ",\"additionalModelFields\":" + JSON.writeValueAsString(
                    "{\"generationStage\":\"" + stage + "\"}");
            emit("contentStart", "{\"contentId\":\"" + id + "\",\"type\":\"" + type + "\",\"role\":\"" + role + "\""
                    + extra + "}");
            return id;
        }

        void text(String role, String stage, String text, String stopReason) {
            String id = block("TEXT", role, stage);
            emit("textOutput", "{\"contentId\":\"" + id + "\",\"role\":\"" + role + "\",\"content\":"
                    + JSON.writeValueAsString(text) + "}");
            emit("contentEnd", "{\"contentId\":\"" + id + "\",\"type\":\"TEXT\",\"stopReason\":\"" + stopReason
                    + "\"}");
        }

        void userSaid(String text) {
            text("USER", "SPECULATIVE", text + " (guess)", "PARTIAL_TURN");
            text("USER", "FINAL", text, "END_TURN");
        }

        /** A whole assistant turn: preview, audio, then what was spoken. */
        void assistantSays(String text, byte[] audio) {
            text("ASSISTANT", "SPECULATIVE", text, "PARTIAL_TURN");
            audio(audio);
            text("ASSISTANT", "FINAL", text, "END_TURN");
        }

        void audio(byte[] pcm) {
            String id = block("AUDIO", "ASSISTANT", null);
            emit("audioOutput", "{\"contentId\":\"" + id + "\",\"role\":\"ASSISTANT\",\"content\":\""
                    + Base64.getEncoder().encodeToString(pcm) + "\"}");
            emit("contentEnd", "{\"contentId\":\"" + id + "\",\"type\":\"AUDIO\",\"stopReason\":\"PARTIAL_TURN\"}");
        }

        /** Nova's barge-in marker, with the whitespace it really carries. */
        void interrupted() {
            String id = block("TEXT", "ASSISTANT", "FINAL");
            emit("textOutput", "{\"contentId\":\"" + id + "\",\"role\":\"ASSISTANT\",\"content\":"
                    + JSON.writeValueAsString("{ \"interrupted\" : true }\n") + "}");
            emit("contentEnd", "{\"contentId\":\"" + id + "\",\"type\":\"TEXT\",\"stopReason\":\"INTERRUPTED\"}");
        }

        void toolUse(String name, String toolUseId, String content) {
            String id = block("TOOL", "TOOL", null);
            emit("toolUse", "{\"contentId\":\"" + id + "\",\"toolName\":\"" + name + "\",\"toolUseId\":\""
                    + toolUseId + "\",\"content\":" + JSON.writeValueAsString(content) + "}");
            emit("contentEnd", "{\"contentId\":\"" + id + "\",\"type\":\"TOOL\",\"stopReason\":\"TOOL_USE\"}");
        }

        void usage(long input, long output) {
            emit("usageEvent", "{\"totalInputTokens\":" + input + ",\"totalOutputTokens\":" + output
                    + ",\"totalTokens\":" + (input + output) + "}");
        }

        void fail(Throwable error) {
            handler.exceptionOccurred(error);
            done.completeExceptionally(error);
        }

        void end() {
            output.complete();
            handler.complete();
            done.complete(null);
        }
    }
}
