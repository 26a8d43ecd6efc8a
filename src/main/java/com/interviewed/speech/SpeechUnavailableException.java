package com.interviewed.speech;

/**
 * Speech cannot be recognised or synthesised right now: the offline engine is not installed, every recogniser is
 * busy, or a synthesis failed. Callers fall back to typed input or text-only output.
 */
public class SpeechUnavailableException extends RuntimeException {

    public SpeechUnavailableException(String message) {
        super(message);
    }

    public SpeechUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
