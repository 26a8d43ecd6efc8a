package com.interviewed.interviewer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * What a language model decides for one turn: the words, and the conversation move that the adapter turns into
 * plan positions itself (the model never sets indices or speakers directly, so it cannot corrupt the state).
 *
 * @param text          what the interviewer says
 * @param move          {@code stay}, {@code follow_up}, {@code wait}, {@code next_step} or {@code end}
 * @param nextStepIndex for {@code next_step}, the plan step now being asked; otherwise {@code -1}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TurnDecision(String text, String move, Integer nextStepIndex) {

    static final List<String> MOVES = List.of("stay", "follow_up", "wait", "next_step", "end");

    /** The JSON schema sent as {@code response_format}: strict mode needs every property required. */
    static Map<String, Object> schema() {
        return Map.of(
                "type", "object",
                "properties", Map.of(
                        "text", Map.of("type", "string",
                                "description", "What the interviewer says next, spoken aloud; empty only for wait."),
                        "move", Map.of("type", "string", "enum", MOVES,
                                "description", "stay: same question (repeat, clarify, encourage); follow_up: a "
                                        + "follow-up on the current step; wait: say nothing, keep listening; "
                                        + "next_step: ask the step nextStepIndex; end: close the interview."),
                        "nextStepIndex", Map.of("type", "integer",
                                "description", "For next_step the index of the plan step asked now, else -1.")),
                "required", List.of("text", "move", "nextStepIndex"),
                "additionalProperties", false);
    }
}
