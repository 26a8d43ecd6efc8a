package com.interviewed.resumes;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored resume as other modules see it: its profile, not its text or file.
 *
 * @param ownerUserId the owning account; {@code null} for an invited candidate without an account
 * @param inviteId    the invite it was uploaded for, if any
 * @param fileName    the name the file was uploaded with, for display only (never used to decide its type)
 * @param contentType the type recognised from the content
 */
public record ResumeView(UUID id, UUID ownerUserId, UUID inviteId, String fileName, String contentType,
        ResumeProfile profile, Instant createdAt, Instant updatedAt) {
}
