package com.interviewed.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate's invitation to a recruiter's interview.
 *
 * @param organizationId the inviting organisation; its recruiters see the message in their outbox
 * @param candidateName  may be {@code null} when only an email address was given
 * @param link           the personal invite link, including its secret token
 * @param replyTo        where the candidate's reply goes (a person at the organisation), or {@code null}
 * @param jobId          the job, so the organisation's outbox can be filtered by it
 */
public record InvitationEmail(UUID organizationId, String recipient, String candidateName, String organizationName,
        String jobTitle, int durationMinutes, String link, Instant expiresAt, String replyTo, UUID jobId) {
}
