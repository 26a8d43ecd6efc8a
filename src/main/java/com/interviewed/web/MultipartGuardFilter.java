package com.interviewed.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Parses a multipart body before anything else reads a parameter. Tomcat throws on a body it cannot parse (a file
 * name with control characters, no boundary, a truncated part) from whichever {@code getParameter} call comes first,
 * and that is the security filters' CSRF check, long before Spring MVC could answer 400. Over-limit API uploads pass
 * on: the resumes module answers those with a 413 problem. Over-limit page uploads get the branded 413 page here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MultipartGuardFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length())) {
            try {
                request.getParts();
            } catch (IOException | ServletException | RuntimeException e) {
                if (!tooLarge(e)) {
                    reject(request, response);
                    return;
                }
                if (!isApi(request)) {
                    // A page upload never reaches the resumes module once the body is refused (the security
                    // filters could not even read its CSRF field): the branded 413 page explains the limit. The
                    // recorded exception tells the DispatcherServlet not to parse the body again for the error
                    // dispatch, which would fail the same way and end in the resumes module's redirect instead.
                    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1, e));
                    response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || cause.getClass().getSimpleName().contains("SizeException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "The multipart body could not be read: send multipart/form-data with a boundary, complete "
                + "parts and file names without control characters.";
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Malformed upload\",\"status\":400,"
                    + "\"detail\":\"" + detail + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }
}
