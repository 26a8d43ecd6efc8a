package com.interviewed.accounts;

import java.util.UUID;

/** A row of {@code users} joined with the user's organisation, as sign-in needs it. */
record UserRecord(UUID id, String email, String passwordHash, String name, Role role, UUID organizationId) {

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, email, name, role, organizationId);
    }
}
