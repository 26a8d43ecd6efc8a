package com.interviewed.interview;

import java.time.Instant;

/** The candidate's latest code for one coding challenge of an interview, with the last test run's outcome. */
public record CodeSnapshot(String challengeId, String language, String code, String testSummary, Instant updatedAt) {
}
