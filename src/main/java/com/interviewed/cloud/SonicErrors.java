package com.interviewed.cloud;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.model.InternalServerException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelStreamErrorException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelTimeoutException;
import software.amazon.awssdk.services.bedrockruntime.model.ServiceUnavailableException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/**
 * Which stream failures a new session can cure. Timeouts, throttling, server errors and a dropped HTTP/2
 * connection are transient; a ValidationException (bad request, unknown voice, history over the limit, access
 * denied) would fail again identically, so it is not retried. Nova reports its idle limit as a
 * ValidationException too, but the keep-alive frames prevent that.
 */
final class SonicErrors {

    private SonicErrors() {
    }

    static Throwable unwrap(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    static boolean retryable(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof ValidationException) {
            return false;
        }
        if (e instanceof ModelTimeoutException || e instanceof ModelStreamErrorException
                || e instanceof InternalServerException || e instanceof ServiceUnavailableException
                || e instanceof ThrottlingException || e instanceof IOException) {
            return true;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("failed to send ping") || message.contains("connection closed")
                || message.contains("connection reset") || message.contains("timed out")
                || message.contains("unable to execute http request")) {
            return true;
        }
        if (e instanceof SdkClientException && e.getCause() != null) {
            return retryable(e.getCause());
        }
        return false;
    }

    /** The error's type and message, for logs and health: no request contents, no credentials. */
    static String describe(Throwable error) {
        Throwable e = unwrap(error);
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "…";
        }
        return e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
}
