package com.interviewed.resumes;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over spring.servlet.multipart's limits fails while the request is parsed, before any controller is
 * chosen, so this advice is global: the API gets a 413 problem document, a page upload goes back to the upload
 * form with a message. (It cannot be scoped to this module's controllers: there is no controller yet.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final ResumesProperties properties;

    UploadLimitAdvice(ResumesProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> uploadTooLarge(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ResumeFileReader.tooLarge(properties.maxFileSize().toMegabytes()).getBody());
        }
        // Only the resume form uploads files; send the browser back to it with the explanation.
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create(request.getContextPath() + "/resumes?tooLarge")).build();
    }
}
