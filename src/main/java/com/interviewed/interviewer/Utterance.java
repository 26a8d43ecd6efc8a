package com.interviewed.interviewer;

/** One line of the conversation so far; {@code role} is {@code candidate} or {@code interviewer}. */
public record Utterance(String role, String speaker, String text) {
}
