package com.interviewed.recruiting;

import java.time.Instant;
import java.util.UUID;

/**
 * One invited candidate of a job, as the pipeline shows them.
 *
 * @param status   what the recruiter sees: the stored status, or {@code EXPIRED} once an unused link has expired
 * @param scores   {@code null} until the interview is scored
 * @param decision {@code ADVANCE}, {@code HOLD}, {@code REJECT} or {@code null}; only ever set by a person
 * @param completeness {@code null} until the interview ended
 * @param integritySummary the integrity signals in words, or {@code null} when there were none
 */
record Candidate(UUID inviteId, UUID jobId, String email, String name, String status, Instant expiresAt,
        Instant createdAt, Instant openedAt, Instant completedAt, UUID interviewId, int attempts, Scores scores,
        String decision, String notes, Completeness completeness, int integrityCount, String integritySummary,
        int retakesGranted) {

    /** An interview that ended without covering the plan: flagged, never ranked silently among complete ones. */
    public boolean incomplete() {
        return completeness != null && completeness.incomplete();
    }

    public String completenessLabel() {
        return completeness == null ? "" : completeness.summary();
    }

    /** Advance, Hold, Reject or Undecided, as people write it. */
    public String decisionLabel() {
        return decision == null ? "Undecided"
                : decision.charAt(0) + decision.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public String displayName() {
        return name == null || name.isBlank() ? email : name;
    }

    public String statusLabel() {
        return switch (status) {
            case "IN_PROGRESS" -> "In progress";
            default -> status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT);
        };
    }
}
