package com.interviewed.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks email and password for both the sign-in form and the token endpoint, and throttles guessing: after
 * {@code maxFailedLogins} failures the account is locked, the lock doubling with every further failure.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountsProperties properties;
    private final Authorities authorities;
    private final Clock clock;
    /** Compared against for unknown emails, so that the response time does not tell which emails exist. */
    private final String unknownUserHash;

    PasswordAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
            AccountsProperties properties, Authorities authorities, Clock clock) {
        this.accounts = accounts;
        this.authorities = authorities;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Registration.normaliseEmail(String.valueOf(authentication.getName()));
        String password = String.valueOf(authentication.getCredentials());
        // No account has a password bcrypt cannot hash; checking one would throw. It is a wrong password.
        boolean hashable = BcryptLength.Validator.fits(password);
        var found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            passwordEncoder.matches(hashable ? password : "", unknownUserHash);
            throw new BadCredentialsException("Wrong email or password.");
        }
        UserRecord user = found.get();
        Instant now = clock.instant();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            throw new LoginThrottledException(user.lockedUntil());
        }
        if (!hashable || !passwordEncoder.matches(password, user.passwordHash())) {
            int failures = accounts.incrementFailedLogins(user.id());
            Duration lock = properties.lockoutAfter(failures);
            if (!lock.isZero()) {
                accounts.lockUntil(user.id(), now.plus(lock));
            }
            throw new BadCredentialsException("Wrong email or password.");
        }
        if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            accounts.resetFailedLogins(user.id());
        }
        if (passwordEncoder.upgradeEncoding(user.passwordHash())) {
            accounts.updatePasswordHash(user.id(), passwordEncoder.encode(password));
        }
        SignedInUser signedIn = user.toSignedInUser();
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities.of(signedIn));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
