package com.interviewed.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Nova's raw output events become typed outputs, resolved against their content blocks. */
class SonicOutputParserTest {

    private final SonicOutputParser parser = new SonicOutputParser(JsonMapper.builder().build());

    private SonicOutput parse(String name, String body) {
        return parser.parse("{\"event\":{\"" + name + "\":" + body + "}}");
    }

    private void start(String id, String type, String role, String stage) {
        String extra = stage == null ? ""
                : ",\"additionalModelFields\":\"{\\\"generationStage\\\":\\\"" + stage + "\\\"}\"";
        assertThat(parse("contentStart", "{\"contentId\":\"" + id + "\",\"type\":\"" + type + "\",\"role\":\"" + role
                + "\"" + extra + "}")).isInstanceOf(SonicOutput.Other.class);
    }

    private SonicOutput text(String id, String content) {
        return parse("textOutput", "{\"contentId\":\"" + id + "\",\"content\":" + quote(content) + "}");
    }

    private static String quote(String s) {
        return JsonMapper.builder().build().writeValueAsString(s);
    }

    @Test
    void textTakesItsRoleAndStageFromItsBlock() {
        start("u", "TEXT", "USER", "FINAL");
        start("s", "TEXT", "ASSISTANT", "SPECULATIVE");
        start("f", "TEXT", "ASSISTANT", "FINAL");
        assertThat(text("u", " I used Kafka ")).isEqualTo(new SonicOutput.CandidateTranscript("I used Kafka"));
        assertThat(text("s", "Tell me more.")).isEqualTo(new SonicOutput.InterviewerPreview("Tell me more."));
        assertThat(text("f", "Tell me more.")).isEqualTo(new SonicOutput.InterviewerSpoke("Tell me more."));
    }

    @Test
    void aBlockWithoutAStageIsFinalAndSpeculativeUserTextIsIgnored() {
        start("a", "TEXT", "ASSISTANT", null);
        start("u", "TEXT", "USER", "SPECULATIVE");
        assertThat(text("a", "Hello.")).isEqualTo(new SonicOutput.InterviewerSpoke("Hello."));
        assertThat(text("u", "maybe")).isInstanceOf(SonicOutput.Other.class);
        assertThat(text("a", "   ")).isInstanceOf(SonicOutput.Other.class);
    }

    @Test
    void theInterruptedMarkerIsABargeInWhateverItsWhitespace() {
        start("f", "TEXT", "ASSISTANT", "FINAL");
        assertThat(text("f", "{ \"interrupted\" : true }\n")).isInstanceOf(SonicOutput.Interrupted.class);
        assertThat(text("f", "{not json")).isEqualTo(new SonicOutput.InterviewerSpoke("{not json"));
        assertThat(parse("contentEnd", "{\"contentId\":\"f\",\"stopReason\":\"INTERRUPTED\"}"))
                .isInstanceOf(SonicOutput.Interrupted.class);
    }

    @Test
    void onlyTheEndOfAFinalAssistantTextEndsTheTurn() {
        start("s", "TEXT", "ASSISTANT", "SPECULATIVE");
        start("f", "TEXT", "ASSISTANT", "FINAL");
        start("a", "AUDIO", "ASSISTANT", null);
        assertThat(parse("contentEnd", "{\"contentId\":\"s\",\"stopReason\":\"END_TURN\"}"))
                .isInstanceOf(SonicOutput.Other.class);
        assertThat(parse("contentEnd", "{\"contentId\":\"a\",\"stopReason\":\"END_TURN\"}"))
                .isInstanceOf(SonicOutput.Other.class);
        assertThat(parse("contentEnd", "{\"contentId\":\"f\",\"stopReason\":\"PARTIAL_TURN\"}"))
                .isInstanceOf(SonicOutput.Other.class);
        start("f2", "TEXT", "ASSISTANT", "FINAL");
        assertThat(parse("contentEnd", "{\"contentId\":\"f2\",\"stopReason\":\"END_TURN\"}"))
                .isInstanceOf(SonicOutput.InterviewerTurnEnded.class);
    }

    @Test
    void aToolCallIsReportedWhenItsBlockEnds() {
        start("t", "TOOL", "TOOL", null);
        assertThat(parse("toolUse", "{\"toolName\":\"end_interview\",\"toolUseId\":\"id-1\",\"content\":\"{}\"}"))
                .isInstanceOf(SonicOutput.Other.class);
        assertThat(parse("contentEnd", "{\"contentId\":\"t\",\"stopReason\":\"TOOL_USE\"}"))
                .isEqualTo(new SonicOutput.ToolCall("end_interview", "id-1", "{}"));
        start("t2", "TOOL", "TOOL", null);
        assertThat(parse("contentEnd", "{\"contentId\":\"t2\"}")).isInstanceOf(SonicOutput.Other.class);
    }

    @Test
    void audioUsageAndCompletionAreTyped() {
        byte[] pcm = {1, 2, 3, 4};
        SonicOutput audio = parse("audioOutput", "{\"content\":\"" + Base64.getEncoder().encodeToString(pcm) + "\"}");
        assertThat(audio).isInstanceOf(SonicOutput.InterviewerAudio.class);
        assertThat(((SonicOutput.InterviewerAudio) audio).pcm()).containsExactly(pcm);
        assertThat(parse("audioOutput", "{\"content\":\"\"}")).isInstanceOf(SonicOutput.Other.class);
        assertThat(parse("usageEvent", "{\"totalInputTokens\":120,\"totalOutputTokens\":45}"))
                .isEqualTo(new SonicOutput.Usage(120, 45));
        assertThat(parse("completionEnd", "{}")).isInstanceOf(SonicOutput.CompletionEnded.class);
        assertThat(parse("completionStart", "{}")).isEqualTo(new SonicOutput.Other("completionStart"));
    }
}
