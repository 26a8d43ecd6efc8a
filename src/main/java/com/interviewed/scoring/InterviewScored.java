package com.interviewed.scoring;

import java.util.UUID;

/**
 * Published once an ended interview's evaluation is stored. Scores are 1–10.
 *
 * @param inviteId the recruiter's invite, or {@code null} for practice interviews
 */
public record InterviewScored(UUID interviewId, UUID inviteId, double overall, double communication,
        double technicalDepth, double problemSolving, double confidence, double relevance) {
}
