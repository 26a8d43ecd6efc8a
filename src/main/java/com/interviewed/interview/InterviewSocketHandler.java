package com.interviewed.interview;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import com.interviewed.voice.VoiceSession;
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
import tools.jackson.databind.exc.InvalidTypeIdException;
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
            channel.sendEvent(new ServerEvent.Error("interview_ended", "This interview has already ended."));
            channel.sendEvent(new ServerEvent.InterviewEnded("already_ended",
                    "/interviews/" + interviewId + "/report"));
            channel.close("ended");
            return;
        }
        raw.getAttributes().put(LIMITER, new FrameRateLimiter());
        raw.getAttributes().put(CONNECTION, sessions.connect(interviewId, channel));
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
        LiveConnection connection = connection(session);
        VoiceSession voice = connection == null ? null : connection.voice();
        if (voice == null) {
            return;
        }
        ByteBuffer payload = message.getPayload();
        int bytes = payload.remaining();
        if (bytes > MAX_AUDIO_FRAME_BYTES || bytes % 2 != 0) {
            connection.client().sendEvent(new ServerEvent.Error("bad_audio_frame",
                    "Audio frames must be PCM16LE mono 16 kHz, an even number of bytes, at most "
                            + MAX_AUDIO_FRAME_BYTES + " bytes."));
            return;
        }
        FrameRateLimiter limiter = (FrameRateLimiter) session.getAttributes().get(LIMITER);
        if (!limiter.allowAudio(bytes)) {
            connection.client().sendEvent(new ServerEvent.Error("rate_limited",
                    "Audio is arriving much faster than real time; the connection is closed."));
            closeQuietly(session, CloseStatus.POLICY_VIOLATION);
            return;
        }
        short[] samples = new short[bytes / 2];
        payload.order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        voice.acceptAudio(samples, samples.length);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        LiveConnection connection = connection(session);
        LiveInterview conversation = connection == null ? null : connection.conversation();
        VoiceSession voice = connection == null ? null : connection.voice();
        if (conversation == null || voice == null) {
            return; // replaced (the browser was told) or closing
        }
        ClientChannel client = connection.client();
        FrameRateLimiter limiter = (FrameRateLimiter) session.getAttributes().get(LIMITER);
        if (!limiter.allowCommand()) {
            client.sendEvent(new ServerEvent.Error("rate_limited", "Too many messages; slow down."));
            return;
        }
        ClientCommand command;
        try {
            command = json.readValue(message.getPayload(), ClientCommand.class);
        } catch (InvalidTypeIdException e) {
            String type = e.getTypeId() == null ? "" : e.getTypeId();
            client.sendEvent(new ServerEvent.Error("unknown_type",
                    "Unknown message type \"" + truncate(type, 40) + "\"."));
            return;
        } catch (JacksonException e) {
            client.sendEvent(new ServerEvent.Error("bad_json", "Messages must be JSON objects with a \"type\"."));
            return;
        }
        // Java 17 has no pattern switch; ClientCommand is sealed, so this chain names every command.
        if (command instanceof ClientCommand.Text text) {
            typedAnswer(client, voice, text.text());
        } else if (command instanceof ClientCommand.TranscriptEdit edit) {
            edit(client, conversation, edit);
        } else if (command instanceof ClientCommand.End) {
            voice.requestEnd();
        } else if (command instanceof ClientCommand.CodeUpdate update) {
            codeUpdate(client, conversation, update);
        } else if (command instanceof ClientCommand.IntegrityFlag flag) {
            conversation.integrityFlag(truncate(orEmpty(flag.kind(), "unknown"), 40),
                    truncate(orEmpty(flag.detail(), ""), 500));
        } else if (command instanceof ClientCommand.Ping) {
            client.sendEvent(new ServerEvent.Pong());
        }
    }

    private void typedAnswer(ClientChannel client, VoiceSession voice, String text) {
        String answer = orEmpty(text, "").strip();
        if (answer.isEmpty() || answer.length() > MAX_TEXT_ANSWER_CHARS) {
            client.sendEvent(new ServerEvent.Error("bad_text",
                    "A typed answer must have 1 to " + MAX_TEXT_ANSWER_CHARS + " characters."));
            return;
        }
        voice.acceptText(answer);
    }

    private void edit(ClientChannel client, LiveInterview conversation, ClientCommand.TranscriptEdit command) {
        String text = orEmpty(command.text(), "").strip();
        if (text.isEmpty() || text.length() > MAX_TEXT_ANSWER_CHARS
                || !conversation.edit(orEmpty(command.messageId(), ""), text)) {
            client.sendEvent(new ServerEvent.Error("bad_edit",
                    "Only your own answers can be corrected, with 1 to " + MAX_TEXT_ANSWER_CHARS + " characters."));
        }
    }

    private void codeUpdate(ClientChannel client, LiveInterview conversation, ClientCommand.CodeUpdate command) {
        String code = orEmpty(command.code(), "");
        String challengeId = orEmpty(command.challengeId(), "");
        String language = orEmpty(command.language(), "");
        if (challengeId.isEmpty() || language.isEmpty() || code.length() > MAX_CODE_CHARS) {
            client.sendEvent(new ServerEvent.Error("bad_code",
                    "code.update needs challengeId, language and at most " + MAX_CODE_CHARS + " characters of code."));
            return;
        }
        conversation.codeUpdated(truncate(challengeId, 80), truncate(language, 20), code);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        LiveConnection connection = connection(session);
        if (connection != null) {
            sessions.disconnected(connection);
        }
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket transport error on {}", session.getId(), exception);
    }

    private static LiveConnection connection(WebSocketSession session) {
        return (LiveConnection) session.getAttributes().get(CONNECTION);
    }

    private static String orEmpty(String value, String fallback) {
        return value == null ? fallback : value;
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
        public void sendEvent(ServerEvent event) {
            send(new TextMessage(json.writerFor(ServerEvent.class).writeValueAsString(event)));
        }

        @Override
        public void sendAudio(byte[] pcm16le) {
            send(new BinaryMessage(pcm16le));
        }

        @Override
        public void closeReplaced() {
            if (session.isOpen()) {
                closeQuietly(session, new CloseStatus(REPLACED, "replaced"));
            }
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
