package com.interviewed.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>}, or, for WebSocket handshakes
 * (browsers cannot set headers there), {@code ?access_token=<token>}. A token that is present but unknown or
 * expired is answered with 401 at once rather than falling back to anonymous access.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final Authorities authorities;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, Authorities authorities, ProblemResponses problems) {
        this.tokens = tokens;
        this.authorities = authorities;
        this.problems = problems;
    }

    static boolean carriesToken(HttpServletRequest request) {
        return token(request) != null;
    }

    private static String token(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return header.substring(PREFIX.length()).strip();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/ws/")) {
            return request.getParameter("access_token");
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token == null) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.resolve(token);
        if (user.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, 401, "Unauthorized", "The bearer token is invalid or has expired.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                authorities.of(user.get())));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
