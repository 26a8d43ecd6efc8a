package com.interviewed.coding;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The language is not one of {@link CodeRunner#LANGUAGES}; rendered as a 400 problem document. */
public class UnsupportedLanguageException extends ErrorResponseException {

    public UnsupportedLanguageException(String language) {
        super(HttpStatus.BAD_REQUEST, problem(language), null);
    }

    private static ProblemDetail problem(String language) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Language '" + language + "' is not supported; use one of " + CodeRunner.LANGUAGES + ".");
        problem.setTitle("Unsupported language");
        return problem;
    }
}
