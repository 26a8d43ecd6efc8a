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
 */
record Job(UUID id, UUID organizationId, String title, String description, List<String> requirements,
        String seniority, String mode, int durationMinutes, boolean coding, String language,
        List<String> customQuestions, String status, Instant deadline, Instant createdAt, Instant updatedAt) {

    boolean acceptsCandidates(Instant now) {
        return "OPEN".equals(status) && (deadline == null || deadline.isAfter(now));
    }
}
