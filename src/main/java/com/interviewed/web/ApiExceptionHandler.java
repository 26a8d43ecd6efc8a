package com.interviewed.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns bad JSON input into RFC 9457 problems that name every bad field:
 * {@code {"status":400, "detail":"…", "errors":[{"field":"email","message":"must be a well-formed email address"}]}}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .sorted(Comparator.comparing(FieldError::getField))
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        String fields = String.join(", ", errors.stream().map(error -> error.get("field")).distinct().toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid " + fields + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = fieldOf(ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "The request body is not valid JSON of the expected shape."
                : "Invalid " + field + ": " + reason(ex) + ".");
        problem.setTitle("Unreadable request");
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", reason(ex))));
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /** The JSON path of the value Jackson refused ({@code answers[2].text}), or null for unparseable JSON. */
    private static String fieldOf(HttpMessageNotReadableException ex) {
        if (!(ex.getCause() instanceof DatabindException mismatch) || mismatch.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : mismatch.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String reason(HttpMessageNotReadableException ex) {
        String message = ex.getCause() instanceof DatabindException mismatch ? mismatch.getOriginalMessage() : "";
        if (message != null && message.startsWith("must not contain")) {
            return message;
        }
        return "wrong type or format";
    }
}
