package com.interviewed.resumes;

import java.util.Optional;
import java.util.UUID;

/** Other modules' read access to resumes. */
public interface Resumes {

    /** The profile of resume {@code resumeId} if {@code ownerId} owns it. */
    Optional<ResumeProfile> profile(UUID resumeId, UUID ownerId);
}
