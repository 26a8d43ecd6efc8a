package com.interviewed.cloud;

/**
 * Nova Sonic's output events as the adapter acts on them, after {@link SonicOutputParser} has resolved each text
 * to its content block (role, generation stage) and paired tool calls with the end of their block.
 */
sealed interface SonicOutput {

    /** The candidate's recognised words: USER text of the FINAL stage. */
    record CandidateTranscript(String text) implements SonicOutput {
    }

    /** What Nova is about to say: ASSISTANT text of the SPECULATIVE stage. */
    record InterviewerPreview(String text) implements SonicOutput {
    }

    /** What Nova actually said: ASSISTANT text of the FINAL stage (truncated after a barge-in). */
    record InterviewerSpoke(String text) implements SonicOutput {
    }

    /** Interviewer audio, PCM16LE mono at {@link SonicEvents#OUTPUT_RATE}. */
    record InterviewerAudio(byte[] pcm) implements SonicOutput {
    }

    /** Nova's FINAL assistant text block ended with END_TURN: the interviewer's turn is complete. */
    record InterviewerTurnEnded() implements SonicOutput {
    }

    /** The candidate spoke over the interviewer: the {@code {"interrupted":true}} marker or stopReason INTERRUPTED. */
    record Interrupted() implements SonicOutput {
    }

    /** A tool call, reported when its TOOL block ends (as Nova expects the result only then). */
    record ToolCall(String name, String toolUseId, String input) implements SonicOutput {
    }

    /** Cumulative token counts for the session. */
    record Usage(long totalInputTokens, long totalOutputTokens) implements SonicOutput {
    }

    /** Nova finished a completion. */
    record CompletionEnded() implements SonicOutput {
    }

    /** Any other event (completionStart, contentStart, blank text, preview of a user turn…): nothing to do. */
    record Other(String name) implements SonicOutput {
    }
}
