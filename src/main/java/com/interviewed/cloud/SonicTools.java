package com.interviewed.cloud;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interview's control moves as Nova tools. A tool call (rather than a marker in the spoken text) cannot be
 * said aloud by mistake and arrives as structured data the adapter turns into an {@code InterviewerReply}.
 */
final class SonicTools {

    static final String CODING = "issue_coding_challenge";
    static final String HAND_OFF = "hand_over_to_next_panelist";
    static final String END = "end_interview";

    private SonicTools() {
    }

    static List<Map<String, Object>> specs(JsonMapper json) {
        return List.of(
                spec(json, CODING, "Open the candidate's code editor with the coding challenge of the current "
                        + "coding question. Call it right after introducing the coding question.",
                        Map.of("type", "object", "properties", Map.of(), "required", List.of())),
                spec(json, HAND_OFF, "Hand the interview over to the next panelist when your own questions are "
                        + "done. Say one short sentence first; the next panelist introduces themselves.",
                        Map.of("type", "object", "properties", Map.of(), "required", List.of())),
                spec(json, END, "End the interview after the closing words, or when the candidate asks to stop.",
                        Map.of("type", "object", "properties", Map.of("reason", Map.of("type", "string",
                                "description", "completed, or candidate_request")), "required", List.of())));
    }

    private static Map<String, Object> spec(JsonMapper json, String name, String description,
            Map<String, Object> schema) {
        // Nova expects the input schema as a JSON string inside the JSON event.
        return Map.of("toolSpec", Map.of("name", name, "description", description,
                "inputSchema", Map.of("json", json.writeValueAsString(schema))));
    }
}
