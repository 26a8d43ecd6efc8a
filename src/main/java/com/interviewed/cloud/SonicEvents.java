package com.interviewed.cloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelWithBidirectionalStreamInput;
import tools.jackson.databind.json.JsonMapper;

/** Nova Sonic's input events, one JSON document per SDK chunk: {@code {"event":{"<name>":{...}}}}. */
final class SonicEvents {

    static final int INPUT_RATE = 16_000;
    static final int OUTPUT_RATE = 24_000;

    private final JsonMapper json;

    SonicEvents(JsonMapper json) {
        this.json = json;
    }

    InvokeModelWithBidirectionalStreamInput chunk(String name, Map<String, Object> body) {
        String event = json.writeValueAsString(Map.of("event", Map.of(name, body)));
        return InvokeModelWithBidirectionalStreamInput.chunkBuilder().bytes(SdkBytes.fromUtf8String(event)).build();
    }

    InvokeModelWithBidirectionalStreamInput sessionStart(CloudProperties.Sonic settings) {
        return chunk("sessionStart", Map.of(
                "inferenceConfiguration", Map.of("maxTokens", settings.maxTokens(), "topP", settings.topP(),
                        "temperature", settings.temperature()),
                "turnDetectionConfiguration", Map.of("endpointingSensitivity", settings.endpointingSensitivity())));
    }

    InvokeModelWithBidirectionalStreamInput promptStart(String promptName, String voiceId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("promptName", promptName);
        body.put("textOutputConfiguration", Map.of("mediaType", "text/plain"));
        body.put("audioOutputConfiguration", Map.of("mediaType", "audio/lpcm", "sampleRateHertz", OUTPUT_RATE,
                "sampleSizeBits", 16, "channelCount", 1, "voiceId", voiceId, "encoding", "base64",
                "audioType", "SPEECH"));
        body.put("toolUseOutputConfiguration", Map.of("mediaType", "application/json"));
        body.put("toolConfiguration", Map.of("tools", SonicTools.specs(json)));
        return chunk("promptStart", body);
    }

    InvokeModelWithBidirectionalStreamInput textStart(String promptName, String contentName, String role,
            boolean interactive) {
        return chunk("contentStart", Map.of("promptName", promptName, "contentName", contentName, "type", "TEXT",
                "interactive", interactive, "role", role, "textInputConfiguration", Map.of("mediaType", "text/plain")));
    }

    InvokeModelWithBidirectionalStreamInput textInput(String promptName, String contentName, String content) {
        return chunk("textInput", Map.of("promptName", promptName, "contentName", contentName, "content", content));
    }

    InvokeModelWithBidirectionalStreamInput contentEnd(String promptName, String contentName) {
        return chunk("contentEnd", Map.of("promptName", promptName, "contentName", contentName));
    }

    InvokeModelWithBidirectionalStreamInput audioStart(String promptName, String contentName) {
        return chunk("contentStart", Map.of("promptName", promptName, "contentName", contentName, "type", "AUDIO",
                "interactive", true, "role", "USER", "audioInputConfiguration", Map.of("mediaType", "audio/lpcm",
                        "sampleRateHertz", INPUT_RATE, "sampleSizeBits", 16, "channelCount", 1,
                        "audioType", "SPEECH", "encoding", "base64")));
    }

    InvokeModelWithBidirectionalStreamInput audioInput(String promptName, String contentName, String base64) {
        return chunk("audioInput", Map.of("promptName", promptName, "contentName", contentName, "content", base64));
    }

    InvokeModelWithBidirectionalStreamInput toolStart(String promptName, String contentName, String toolUseId) {
        return chunk("contentStart", Map.of("promptName", promptName, "contentName", contentName, "type", "TOOL",
                "interactive", false, "role", "TOOL", "toolResultInputConfiguration", Map.of("toolUseId", toolUseId,
                        "type", "TEXT", "textInputConfiguration", Map.of("mediaType", "text/plain"))));
    }

    InvokeModelWithBidirectionalStreamInput toolResult(String promptName, String contentName, Object result) {
        return chunk("toolResult", Map.of("promptName", promptName, "contentName", contentName, "content",
                json.writeValueAsString(result)));
    }

    InvokeModelWithBidirectionalStreamInput promptEnd(String promptName) {
        return chunk("promptEnd", Map.of("promptName", promptName));
    }

    InvokeModelWithBidirectionalStreamInput sessionEnd() {
        return chunk("sessionEnd", Map.of());
    }

    /** The names of the tools, for checks. */
    static List<String> toolNames() {
        return List.of(SonicTools.CODING, SonicTools.HAND_OFF, SonicTools.END);
    }
}
