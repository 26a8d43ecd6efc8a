package com.interviewed.resumes;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A resume file that cannot be used, with a message for the person who uploaded it. Rendered by Spring MVC as an
 * RFC 9457 problem document with the reason's status and a {@code reason} property.
 */
public class ResumeRejectedException extends ErrorResponseException {

    /** The types a resume may have, as recognised from its content. */
    public static final List<String> ACCEPTED_TYPES = List.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain");

    public enum Reason {
        EMPTY(HttpStatus.BAD_REQUEST, "Empty file"),
        TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "File too large"),
        UNSUPPORTED_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type"),
        PASSWORD_PROTECTED(HttpStatus.UNPROCESSABLE_CONTENT, "Password-protected file"),
        DAMAGED(HttpStatus.UNPROCESSABLE_CONTENT, "Damaged file"),
        ARCHIVE_BOMB(HttpStatus.UNPROCESSABLE_CONTENT, "File expands too much"),
        NO_TEXT_LAYER(HttpStatus.UNPROCESSABLE_CONTENT, "No text layer"),
        NO_TEXT(HttpStatus.UNPROCESSABLE_CONTENT, "No text");

        private final HttpStatus status;
        private final String title;

        Reason(HttpStatus status, String title) {
            this.status = status;
            this.title = title;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;

    public ResumeRejectedException(Reason reason, String message) {
        super(reason.status, problem(reason, message), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message for the person who uploaded the file. */
    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    private static ProblemDetail problem(Reason reason, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(reason.status, message);
        problem.setTitle(reason.title);
        problem.setProperty("reason", reason.name());
        if (reason == Reason.UNSUPPORTED_TYPE) {
            problem.setProperty("acceptedTypes", ACCEPTED_TYPES);
        }
        return problem;
    }
}
