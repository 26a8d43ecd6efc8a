package com.interviewed.coding;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The caller already has as many runs in progress as one user may; rendered as 429 with Retry-After. */
public class RunQuotaExceededException extends ErrorResponseException {

    RunQuotaExceededException(int max, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(max), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static ProblemDetail problem(int max) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "You already have " + max + (max == 1 ? " run" : " runs")
                        + " in progress; wait for it to finish, then run again.");
        problem.setTitle("Too many runs");
        return problem;
    }
}
