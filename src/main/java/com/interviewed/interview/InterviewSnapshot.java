package com.interviewed.interview;

import com.interviewed.questions.InterviewPlan;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interview as other modules see it: who, what plan, what was said.
 *
 * @param status {@code CREATED}, {@code IN_PROGRESS}, {@code ENDED} or {@code SCORED}
 * @param mode   {@code SOLO} or {@code PANEL}
 */
public record InterviewSnapshot(UUID id, UUID candidateId, UUID inviteId, UUID resumeId, String role, String mode,
        String status, String persona, InterviewPlan plan, List<TranscriptTurn> transcript, Instant createdAt,
        Instant startedAt, Instant endedAt) {
}
