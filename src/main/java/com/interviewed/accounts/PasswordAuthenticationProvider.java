package com.interviewed.accounts;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks email and password for both the sign-in form and the token endpoint, each check first allowed by
 * {@link SignInThrottle} (per account and per client address, whether the account exists or not).
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final Authorities authorities;
    /** Compared against for unknown emails, so that the response time does not tell which emails exist. */
    private final String unknownUserHash;

    PasswordAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, Authorities authorities) {
        this.accounts = accounts;
        this.authorities = authorities;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.unknownUserHash = passwordEncoder.encode("no such user");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = Registration.normaliseEmail(String.valueOf(authentication.getName()));
        String password = String.valueOf(authentication.getCredentials());
        SignInThrottle.Attempt attempt = throttle.begin(email, clientAddress(authentication));
        // No account has a password bcrypt cannot hash; checking one would throw. It is a wrong password.
        boolean hashable = BcryptLength.Validator.fits(password);
        var found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            passwordEncoder.matches(hashable ? password : "", unknownUserHash);
            throw new BadCredentialsException("Wrong email or password.");
        }
        UserRecord user = found.get();
        if (!hashable || !passwordEncoder.matches(password, user.passwordHash())) {
            throw new BadCredentialsException("Wrong email or password.");
        }
        throttle.succeeded(attempt);
        if (passwordEncoder.upgradeEncoding(user.passwordHash())) {
            accounts.updatePasswordHash(user.id(), passwordEncoder.encode(password));
        }
        SignedInUser signedIn = user.toSignedInUser();
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities.of(signedIn));
    }

    /** The form login and the token endpoint both attach the request's details (its address after forwarding). */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
