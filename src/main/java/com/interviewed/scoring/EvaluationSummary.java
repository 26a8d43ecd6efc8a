package com.interviewed.scoring;

import java.time.Instant;
import java.util.UUID;

/** One scored interview in a candidate's history. */
public record EvaluationSummary(UUID interviewId, String role, double overall, Dimensions dimensions,
        Instant scoredAt) {
}
