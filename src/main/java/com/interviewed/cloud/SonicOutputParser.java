package com.interviewed.cloud;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns Nova Sonic's raw output events ({@code {"event":{"<name>":{...}}}}) into typed {@link SonicOutput}s. One
 * parser per Nova stream: it remembers the open content blocks (whose role and generation stage later text events
 * refer to by contentId) and the pending tool call. Not thread-safe; used on the session's worker.
 */
final class SonicOutputParser {

    private record Block(String type, String role, String stage) {
    }

    private record PendingTool(String name, String toolUseId, String input) {
    }

    private final JsonMapper json;
    private final Map<String, Block> blocks = new HashMap<>();
    private PendingTool tool;

    SonicOutputParser(JsonMapper json) {
        this.json = json;
    }

    SonicOutput parse(String raw) {
        JsonNode event = json.readTree(raw).path("event");
        if (event.has("contentStart")) {
            JsonNode c = event.get("contentStart");
            blocks.put(c.path("contentId").asString(""), new Block(c.path("type").asString(""),
                    c.path("role").asString(""), stage(c.path("additionalModelFields").asString(""))));
            return new SonicOutput.Other("contentStart");
        }
        if (event.has("textOutput")) {
            return text(event.get("textOutput"));
        }
        if (event.has("audioOutput")) {
            byte[] pcm = Base64.getDecoder().decode(event.get("audioOutput").path("content").asString(""));
            return pcm.length == 0 ? new SonicOutput.Other("audioOutput") : new SonicOutput.InterviewerAudio(pcm);
        }
        if (event.has("toolUse")) {
            JsonNode t = event.get("toolUse");
            tool = new PendingTool(t.path("toolName").asString(""), t.path("toolUseId").asString(""),
                    t.path("content").asString("{}"));
            return new SonicOutput.Other("toolUse");
        }
        if (event.has("contentEnd")) {
            return contentEnd(event.get("contentEnd"));
        }
        if (event.has("usageEvent")) {
            JsonNode u = event.get("usageEvent");
            return new SonicOutput.Usage(u.path("totalInputTokens").asLong(0), u.path("totalOutputTokens").asLong(0));
        }
        if (event.has("completionEnd")) {
            return new SonicOutput.CompletionEnded();
        }
        return new SonicOutput.Other(event.propertyNames().stream().findFirst().orElse(""));
    }

    /** The generation stage is a JSON document inside a string field; a block without one is FINAL. */
    private String stage(String additionalModelFields) {
        if (additionalModelFields.isBlank()) {
            return "FINAL";
        }
        return json.readTree(additionalModelFields).path("generationStage").asString("FINAL");
    }

    private SonicOutput text(JsonNode text) {
        Block block = blocks.get(text.path("contentId").asString(""));
        String role = text.path("role").asString(block == null ? "" : block.role());
        String stage = block == null ? "FINAL" : block.stage();
        String content = text.path("content").asString("");
        if (isInterruptedMarker(content)) {
            return new SonicOutput.Interrupted();
        }
        if (content.isBlank()) {
            return new SonicOutput.Other("textOutput");
        }
        String said = content.strip();
        return switch (role) {
            case "USER" -> "FINAL".equals(stage) ? new SonicOutput.CandidateTranscript(said)
                    : new SonicOutput.Other("textOutput");
            case "ASSISTANT" -> "SPECULATIVE".equals(stage) ? new SonicOutput.InterviewerPreview(said)
                    : new SonicOutput.InterviewerSpoke(said);
            default -> new SonicOutput.Other("textOutput");
        };
    }

    private SonicOutput contentEnd(JsonNode end) {
        Block block = blocks.remove(end.path("contentId").asString(""));
        String type = block != null ? block.type() : end.path("type").asString("");
        String stopReason = end.path("stopReason").asString("");
        if ("TOOL".equals(type) && tool != null) {
            PendingTool t = tool;
            tool = null;
            return new SonicOutput.ToolCall(t.name(), t.toolUseId(), t.input());
        }
        if ("INTERRUPTED".equals(stopReason)) {
            return new SonicOutput.Interrupted();
        }
        if ("END_TURN".equals(stopReason) && block != null && "ASSISTANT".equals(block.role())
                && "TEXT".equals(type) && "FINAL".equals(block.stage())) {
            return new SonicOutput.InterviewerTurnEnded();
        }
        return new SonicOutput.Other("contentEnd");
    }

    /** Nova marks a barge-in with a text of {@code { "interrupted" : true }}, whitespace and all: parse it. */
    private boolean isInterruptedMarker(String content) {
        String c = content.strip();
        if (!c.startsWith("{")) {
            return false;
        }
        try {
            return json.readTree(c).path("interrupted").asBoolean(false);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
