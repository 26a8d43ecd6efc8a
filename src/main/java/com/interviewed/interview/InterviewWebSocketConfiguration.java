package com.interviewed.interview;

import com.interviewed.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Registers {@code /ws/interviews/{id}}. The handshake is authenticated by the session cookie or
 * {@code ?access_token=} (accounts module) and admitted only for the interview's own candidate or a browser that
 * opened its invite link; anyone else gets 404, so ids reveal nothing.
 */
@Configuration
@EnableWebSocket
class InterviewWebSocketConfiguration implements WebSocketConfigurer {

    private final InterviewSocketHandler handler;
    private final InterviewRepository repository;
    private final InterviewAccess access;

    InterviewWebSocketConfiguration(InterviewSocketHandler handler, InterviewRepository repository,
            InterviewAccess access) {
        this.handler = handler;
        this.repository = repository;
        this.access = access;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws/interviews/{id}").addInterceptors(new AccessCheck());
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        // Above the handler's own limits, so that an oversized frame gets a clear error event instead of a
        // dropped connection.
        container.setMaxBinaryMessageBufferSize(256 * 1024);
        container.setMaxTextMessageBufferSize(256 * 1024);
        container.setMaxSessionIdleTimeout(15 * 60 * 1000L);
        return container;
    }

    private final class AccessCheck implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler wsHandler, Map<String, Object> attributes) {
            UUID interviewId = interviewId(request.getURI().getPath());
            HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
            SignedInUser user = request.getPrincipal() instanceof Authentication auth
                    && auth.getPrincipal() instanceof SignedInUser signedIn ? signedIn : null;
            boolean allowed = interviewId != null && repository.find(interviewId)
                    .filter(row -> access.mayTakePart(row, user, servletRequest.getSession(false)))
                    .isPresent();
            if (!allowed) {
                response.setStatusCode(HttpStatus.NOT_FOUND);
                return false;
            }
            attributes.put(InterviewSocketHandler.INTERVIEW_ID, interviewId);
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                WebSocketHandler wsHandler, Exception exception) {
        }

        private static UUID interviewId(String path) {
            try {
                return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
