package com.interviewed.accounts;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins: the account is locked until {@link #lockedUntil()}. */
class LoginThrottledException extends LockedException {

    private final Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed sign-in attempts. Try again later.");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
