package com.interviewed.interview;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code interviews}, with its plan and conversation state still as JSON. */
record InterviewRow(UUID id, UUID candidateId, UUID inviteId, UUID resumeId, String role, String mode, InterviewStatus status,
        String candidateName, String planJson, String stateJson, Instant createdAt, Instant startedAt,
        Instant endedAt) {

    boolean ended() {
        return status.ended();
    }
}
