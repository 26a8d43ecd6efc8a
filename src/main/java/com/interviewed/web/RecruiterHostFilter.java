package com.interviewed.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the recruiter host (for example {@code hire.interviewed.example}) the root page serves the recruiter portal.
 * Only the exact root path is routed: static assets such as {@code /img/hire-logo.svg} are never touched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecruiterHostFilter extends OncePerRequestFilter {

    private final WebProperties properties;

    RecruiterHostFilter(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.isEmpty() || path.equals("/")) || !properties.isRecruiterHost(request.getServerName());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.getRequestDispatcher("/hire").forward(request, response);
    }
}
