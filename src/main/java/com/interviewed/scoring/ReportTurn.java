package com.interviewed.scoring;

/** One transcript turn as the report shows it. {@code role} is {@code candidate} or {@code interviewer}. */
public record ReportTurn(String role, String speaker, String text, Long startMs, Long endMs) {
}
