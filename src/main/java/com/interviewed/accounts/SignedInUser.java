package com.interviewed.accounts;

import java.io.Serializable;
import java.util.UUID;

/**
 * The principal of every authenticated request, whether it came with a session cookie or a bearer token.
 * Inject it with {@code @AuthenticationPrincipal SignedInUser user}.
 *
 * @param organizationId the recruiter's organisation; {@code null} for candidates
 */
public record SignedInUser(UUID id, String email, String name, Role role, UUID organizationId) implements Serializable {

    public boolean isRecruiter() {
        return role == Role.RECRUITER;
    }
}
