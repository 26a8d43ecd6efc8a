package com.interviewed.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before the application sees them (an encoded slash or NUL in the path, a malformed
 * URI) and writes its own HTML report with its version. This writes what the application would: an RFC 9457 problem
 * under /api/, a plain page in the product's words elsewhere, and never the server's version or a stack trace.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String reason = known == null ? "Error" : known.getReasonPhrase();
        // The raw URI: these requests are refused precisely because their path does not decode.
        String uri = request.getCoyoteRequest().requestURI().toString();
        boolean api = uri != null && uri.startsWith("/api/");
        try {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType(api ? "application/problem+json" : "text/html");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (api) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status
                        + ",\"detail\":\"The request was refused before it reached the API: check the path and its "
                        + "encoding.\"}");
            } else {
                writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Interviewed: "
                        + reason + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main id=\"main\""
                        + " class=\"narrow\"><h1>That request did not work</h1><p class=\"error-box\">Error " + status
                        + ": the address could not be read. <a href=\"/\">Go to the start page</a>.</p></main></body>"
                        + "</html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response was committed: nothing more to tell it.
        }
    }
}
