package com.interviewed.notifications;

import java.time.Instant;
import java.util.UUID;

/** An organisation owner's invitation to a colleague to join them as a recruiter. */
public record ColleagueInvitationEmail(UUID organizationId, String recipient, String inviterName,
        String organizationName, String link, Instant expiresAt) {
}
