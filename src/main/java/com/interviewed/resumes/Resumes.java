package com.interviewed.resumes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Other modules' access to resumes. A resume belongs either to a user account or to a recruiter's invite. */
public interface Resumes {

    /** The profile of resume {@code resumeId} if {@code ownerId} owns it. */
    Optional<ResumeProfile> profile(UUID resumeId, UUID ownerId);

    /** The profile of resume {@code resumeId} if it was uploaded for invite {@code inviteId}. */
    Optional<ResumeProfile> profileForInvite(UUID resumeId, UUID inviteId);

    /**
     * Reads a resume file (PDF, DOCX or plain text, recognised from its content; {@code fileName} is only kept for
     * display) and stores its text and extracted profile.
     *
     * @param ownerUserId the account it belongs to, or {@code null} for an invited candidate without an account
     * @param inviteId    the invite it was uploaded for, or {@code null}; at least one of the two is required
     * @throws ResumeRejectedException when the file is empty, too large, of another type, password-protected,
     *                                 damaged, an archive bomb or has no text; its message tells the user what to do
     */
    ResumeView upload(byte[] content, String fileName, UUID ownerUserId, UUID inviteId);

    /** The resumes of {@code ownerId}, newest first. */
    List<ResumeView> resumesOf(UUID ownerId);

    /** The canonical names of the skill taxonomy ("Kubernetes", "PostgreSQL", …): the vocabulary of the roles. */
    default List<String> skillNames() {
        return List.of();
    }
}
