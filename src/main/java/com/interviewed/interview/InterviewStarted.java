package com.interviewed.interview;

import java.util.UUID;

/** Published when the candidate first connects to an interview. {@code inviteId} is null for practice. */
public record InterviewStarted(UUID interviewId, UUID candidateId, UUID inviteId) {
}
