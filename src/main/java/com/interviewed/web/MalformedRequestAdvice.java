package com.interviewed.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed (no boundary, a broken one, a truncated part) fails before any controller
 * is chosen, so this advice is global: it is the client's mistake, a 400, never a 500. Upload size limits come
 * first (the resumes module's advice answers those with 413).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestAdvice {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<?> malformedMultipart(HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart body could not be read: send multipart/form-data with a boundary and complete parts.");
        problem.setTitle("Malformed upload");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(problem.getDetail());
    }
}
