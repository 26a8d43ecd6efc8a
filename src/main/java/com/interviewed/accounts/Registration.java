package com.interviewed.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** Creates accounts. A recruiter always belongs to an organisation: a new one unless they were invited. */
@Service
class Registration {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Registration(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    SignedInUser register(NewAccount account) {
        requireHashable(account.password());
        String email = normaliseEmail(account.email());
        if (accounts.emailExists(email)) {
            throw new EmailAlreadyRegisteredException(email);
        }
        UUID userId = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            accounts.insertUser(userId, email, passwordEncoder.encode(account.password()), account.name().strip(),
                    account.role(), now);
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            throw new EmailAlreadyRegisteredException(email);
        }
        UUID organizationId = null;
        if (account.role() == Role.RECRUITER) {
            organizationId = UUID.randomUUID();
            String name = account.organization() == null || account.organization().isBlank()
                    ? account.name().strip() + "'s organisation"
                    : account.organization().strip();
            accounts.insertOrganization(organizationId, name, now);
            accounts.insertMembership(organizationId, userId, "OWNER", now);
        }
        return new SignedInUser(userId, email, account.name().strip(), account.role(), organizationId);
    }

    /**
     * Creates a recruiter account as a member of an existing organisation, for a colleague who followed the
     * owner's invitation. The caller has checked the invitation.
     */
    @Transactional
    SignedInUser registerIntoOrganization(UUID organizationId, String email, String password, String name) {
        requireHashable(password);
        String normalised = normaliseEmail(email);
        if (accounts.emailExists(normalised)) {
            throw new EmailAlreadyRegisteredException(normalised);
        }
        UUID userId = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            accounts.insertUser(userId, normalised, passwordEncoder.encode(password), name.strip(), Role.RECRUITER,
                    now);
        } catch (DuplicateKeyException raceWithAnotherSignUp) {
            throw new EmailAlreadyRegisteredException(normalised);
        }
        accounts.insertMembership(organizationId, userId, "MEMBER", now);
        return new SignedInUser(userId, normalised, name.strip(), Role.RECRUITER, organizationId);
    }

    /** Callers validate first; this keeps a longer password from reaching bcrypt (which throws) by any path. */
    private static void requireHashable(String password) {
        if (!BcryptLength.Validator.fits(password)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Invalid password: must be at most " + BcryptLength.MAX_BYTES + " bytes.");
            problem.setTitle("Invalid request");
            problem.setProperty("errors", List.of(Map.of("field", "password", "message",
                    "must be at most " + BcryptLength.MAX_BYTES + " bytes")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    record NewAccount(String email, String password, String name, Role role, String organization) {
    }
}
