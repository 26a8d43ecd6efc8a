package com.interviewed.coding;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** There is no coding challenge with this id; rendered as a 404 problem document. */
public class UnknownChallengeException extends ErrorResponseException {

    public UnknownChallengeException(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "There is no coding challenge '" + id + "'.");
        problem.setTitle("Unknown coding challenge");
        return problem;
    }
}
