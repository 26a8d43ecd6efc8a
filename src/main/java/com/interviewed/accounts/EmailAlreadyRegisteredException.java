package com.interviewed.accounts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Rendered by Spring MVC as a 409 problem document. */
class EmailAlreadyRegisteredException extends ErrorResponseException {

    EmailAlreadyRegisteredException(String email) {
        super(HttpStatus.CONFLICT, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "An account with this email already exists. Sign in instead.");
        problem.setTitle("Email already registered");
        return problem;
    }
}
