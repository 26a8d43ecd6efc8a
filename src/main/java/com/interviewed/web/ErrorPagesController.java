package com.interviewed.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that ends in the servlet container's error dispatch (no such path, method not allowed, unsupported
 * media type, an exception no handler took): an RFC 9457 problem for the JSON API, a page in the product's layout
 * for everything else. Replaces Spring Boot's JSON map and Whitelabel page.
 */
@Controller
class ErrorPagesController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (isApi(request, path)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String view = status == HttpStatus.CONTENT_TOO_LARGE ? "error/413" : "error/page";
        ModelAndView page = new ModelAndView(view, Map.of("status", status.value(), "title", title(status),
                "message", detail(status)), status);
        return page;
    }

    private static boolean isApi(HttpServletRequest request, String path) {
        String api = request.getContextPath() + "/api/";
        return path.startsWith(api) || path.startsWith(request.getContextPath() + "/v3/api-docs");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "Not allowed";
            case UNAUTHORIZED -> "Please sign in";
            case METHOD_NOT_ALLOWED, BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE -> "That request did not work";
            case TOO_MANY_REQUESTS -> "Too many requests";
            default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
        };
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. It may have moved, or the link may be incomplete.";
            case FORBIDDEN -> "Your account may not open this.";
            case UNAUTHORIZED -> "Sign in, or send a bearer token from POST /api/v1/auth/token.";
            case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept that content type.";
            case BAD_REQUEST -> "The request was malformed.";
            case TOO_MANY_REQUESTS -> "Wait a little and try again.";
            default -> status.is5xxServerError()
                    ? "The server could not complete the request. Nothing you did caused it; try again in a moment."
                    : status.getReasonPhrase() + ".";
        };
    }
}
