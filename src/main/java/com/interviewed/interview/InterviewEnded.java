package com.interviewed.interview;

import java.time.Instant;
import java.util.UUID;

/**
 * Published when an interview ends (the candidate or interviewer ended it, or it timed out). Listeners run from
 * the persisted event registry, so they run even if the application restarts in between.
 *
 * @param candidateId the candidate's account, or {@code null} for an invited candidate without one
 * @param inviteId    the recruiter's invite the interview was taken through, or {@code null} for practice
 */
public record InterviewEnded(UUID interviewId, UUID candidateId, UUID inviteId, Instant endedAt) {
}
