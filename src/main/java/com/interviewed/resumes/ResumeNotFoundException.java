package com.interviewed.resumes;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such resume, or not the caller's: both look the same from outside (404). */
class ResumeNotFoundException extends ErrorResponseException {

    ResumeNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such resume.");
        problem.setTitle("Resume not found");
        return problem;
    }
}
