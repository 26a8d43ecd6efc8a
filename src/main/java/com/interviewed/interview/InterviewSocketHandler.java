package com.interviewed.interview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/interviews/{id}} — see docs/websocket-protocol.md. Binary frames are the candidate's microphone (PCM16LE
 * mono 16 kHz); text frames are JSON commands. Bad input gets an {@code error} event, never a crash; floods and
 * oversized frames are refused.
 */
@Component
class InterviewSocketHandler extends AbstractWebSocketHandler {

    static final String INTERVIEW_ID = "interviewId";
    static final int MAX_AUDIO_FRAME_BYTES = 64 * 1024;
    static final int MAX_TEXT_ANSWER_CHARS = 4_000;
    static final int MAX_CODE_CHARS = 64 * 1024;
    private static final String CONNECTION = "connection";
    private static final String LIMITER = "limiter";
    private static final Logger log = LoggerFactory.getLogger(InterviewSocketHandler.class);

    private final InterviewSessions sessions;
    private final InterviewRepository repository;
    private final JsonMapper json;

    InterviewSocketHandler(InterviewSessions sessions, InterviewRepository repository, JsonMapper json) {
        this.sessions = sessions;
        this.repository = repository;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) {
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 8 * 1024 * 1024);
        SocketChannel channel = new SocketChannel(session, json);
        UUID interviewId = (UUID) raw.getAttributes().get(INTERVIEW_ID);
        InterviewRow row = repository.find(interviewId).orElse(null);
        if (row == null || row.ended()) {
            channel.sendEvent(LiveInterview.event("error", "code", "interview_ended",
                    "message", "This interview has already ended."));
            channel.sendEvent(LiveInterview.event("interview.ended", "reason", "already_ended",
                    "evaluationUrl", "/interviews/" + interviewId + "/report"));
            channel.close("ended");
            return;
        }
        raw.getAttributes().put(LIMITER, new FrameRateLimiter());
        raw.getAttributes().put(CONNECTION, sessions.connect(interviewId, channel));
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        InterviewSessions.Connection connection = connection(session);
        if (connection == null) {
            return;
        }
        ByteBuffer payload = message.getPayload();
        int bytes = payload.remaining();
        if (bytes > MAX_AUDIO_FRAME_BYTES || bytes % 2 != 0) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "bad_audio_frame", "message",
                    "Audio frames must be PCM16LE mono 16 kHz, an even number of bytes, at most "
                            + MAX_AUDIO_FRAME_BYTES + " bytes."));
            return;
        }
        FrameRateLimiter limiter = (FrameRateLimiter) session.getAttributes().get(LIMITER);
        if (!limiter.allowAudio(bytes)) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "rate_limited", "message",
                    "Audio is arriving much faster than real time; the connection is closed."));
            closeQuietly(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        short[] samples = new short[bytes / 2];
        payload.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        connection.voice().acceptAudio(samples, samples.length);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        InterviewSessions.Connection connection = connection(session);
        if (connection == null) {
            return;
        }
        FrameRateLimiter limiter = (FrameRateLimiter) session.getAttributes().get(LIMITER);
        if (!limiter.allowCommand()) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "rate_limited",
                    "message", "Too many messages; slow down."));
            return;
        }
        JsonNode command;
        try {
            command = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "bad_json",
                    "message", "Messages must be JSON objects with a \"type\"."));
            return;
        }
        String type = command.path("type").asString("");
        switch (type) {
            case "text" -> typedAnswer(connection, command.path("text").asString(""));
            case "transcript.edit" -> edit(connection, command);
            case "end" -> connection.voice().requestEnd();
            case "code.update" -> codeUpdate(connection, command);
            case "integrity.flag" -> connection.conversation().integrityFlag(
                    truncate(command.path("kind").asString("unknown"), 40),
                    truncate(command.path("detail").asString(""), 500));
            case "ping" -> connection.client().sendEvent(LiveInterview.event("pong"));
            default -> connection.client().sendEvent(LiveInterview.event("error", "code", "unknown_type",
                    "message", "Unknown message type \"" + truncate(type, 40) + "\"."));
        }
    }

    private void typedAnswer(InterviewSessions.Connection connection, String text) {
        String answer = text.strip();
        if (answer.isEmpty() || answer.length() > MAX_TEXT_ANSWER_CHARS) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "bad_text", "message",
                    "A typed answer must have 1 to " + MAX_TEXT_ANSWER_CHARS + " characters."));
            return;
        }
        connection.voice().acceptText(answer);
    }

    private void edit(InterviewSessions.Connection connection, JsonNode command) {
        String text = command.path("text").asString("").strip();
        String messageId = command.path("messageId").asString("");
        if (text.isEmpty() || text.length() > MAX_TEXT_ANSWER_CHARS
                || !connection.conversation().edit(messageId, text)) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "bad_edit", "message",
                    "Only your own answers can be corrected, with 1 to " + MAX_TEXT_ANSWER_CHARS + " characters."));
        }
    }

    private void codeUpdate(InterviewSessions.Connection connection, JsonNode command) {
        String code = command.path("code").asString("");
        String challengeId = command.path("challengeId").asString("");
        String language = command.path("language").asString("");
        if (challengeId.isEmpty() || language.isEmpty() || code.length() > MAX_CODE_CHARS) {
            connection.client().sendEvent(LiveInterview.event("error", "code", "bad_code", "message",
                    "code.update needs challengeId, language and at most " + MAX_CODE_CHARS + " characters of code."));
            return;
        }
        connection.conversation().codeUpdated(truncate(challengeId, 80), truncate(language, 20), code);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        InterviewSessions.Connection connection = connection(session);
        if (connection != null) {
            sessions.disconnected(connection);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket transport error on {}", session.getId(), exception);
    }

    private static InterviewSessions.Connection connection(WebSocketSession session) {
        return (InterviewSessions.Connection) session.getAttributes().get(CONNECTION);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static void closeQuietly(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Closing {} failed", session.getId(), e);
        }
    }

    /** Sends through Spring's thread-safe decorator; a vanished client is not an error. */
    private record SocketChannel(WebSocketSession session, JsonMapper json) implements ClientChannel {

        @Override
        public void sendEvent(Map<String, Object> event) {
            send(new TextMessage(json.writeValueAsString(event)));
        }

        @Override
        public void sendAudio(byte[] pcm16le) {
            send(new BinaryMessage(pcm16le));
        }

        @Override
        public void close(String reason) {
            if (session.isOpen()) {
                closeQuietly(session, CloseStatus.NORMAL.withReason(reason));
            }
        }

        private void send(org.springframework.web.socket.WebSocketMessage<?> message) {
            if (!session.isOpen()) {
                return;
            }
            try {
                session.sendMessage(message);
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not send to {}: {}", session.getId(), e.getMessage());
            }
        }
    }
}
