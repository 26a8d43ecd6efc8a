package com.interviewed.recruiting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job campaign: what candidates are interviewed for, and how.
 *
 * @param seniority       {@code JUNIOR}, {@code MID}, {@code SENIOR} or {@code LEAD}
 * @param mode            {@code SOLO} (one interviewer) or {@code PANEL} (three)
 * @param customQuestions asked verbatim, in this order
 * @param status          {@code DRAFT}, {@code OPEN} or {@code CLOSED}
 * @param planJson        the job's structured interview ({@code InterviewPlan} as JSON), {@code null} until proposed
 * @param planFrozenAt    when the plan was frozen (the first invite); from then on every candidate gets exactly it
 */
record Job(UUID id, UUID organizationId, String title, String description, List<String> requirements,
        String seniority, String mode, int durationMinutes, boolean coding, String language,
        List<String> customQuestions, String status, Instant deadline, Instant createdAt, Instant updatedAt,
        String planJson, Instant planFrozenAt) {

    public boolean planFrozen() {
        return planFrozenAt != null;
    }

    /** Why no candidate can be invited now, in the recruiter's words, or {@code null} when they can. */
    String inviteBlocker(Instant now) {
        return switch (status) {
            case "DRAFT" -> "This job is a draft: open it to invite candidates.";
            case "CLOSED" -> "This job is closed: reopen it to invite candidates.";
            default -> deadline != null && !deadline.isAfter(now)
                    ? "This job's deadline has passed: move it or clear it to invite candidates." : null;
        };
    }

    /** Draft, Open or Closed, as people write it. */
    public String statusLabel() {
        return status.charAt(0) + status.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    boolean acceptsCandidates(Instant now) {
        return "OPEN".equals(status) && (deadline == null || deadline.isAfter(now));
    }
}
