package com.interviewed.interview;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * Every JSON command a client may send on the interview socket (docs/websocket-protocol.md, checked against this
 * file by a test). The {@code type} picks the record; missing fields arrive as null and are refused by the handler.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonIgnoreProperties(ignoreUnknown = true)
sealed interface ClientCommand {

    @JsonTypeName("text")
    record Text(String text) implements ClientCommand {
    }

    @JsonTypeName("transcript.edit")
    record TranscriptEdit(String messageId, String text) implements ClientCommand {
    }

    @JsonTypeName("end")
    record End() implements ClientCommand {
    }

    @JsonTypeName("code.update")
    record CodeUpdate(String challengeId, String language, String code) implements ClientCommand {
    }

    @JsonTypeName("integrity.flag")
    record IntegrityFlag(String kind, String detail) implements ClientCommand {
    }

    @JsonTypeName("ping")
    record Ping() implements ClientCommand {
    }
}
